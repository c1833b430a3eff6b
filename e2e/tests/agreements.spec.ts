import type { Browser, Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Regio Zwolle is the demo region. Other demo data may already hold agreements there, so every
// count is taken before and after, and every title is unique to this run. One journey of an editor's
// working day in one file (over 300 lines on purpose): its tests share the helpers below.
const REGION = '/regio/zwolle'
const RUN = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`
let serial = 0
const uniqueTitle = (what: string) => `${what} e2e ${RUN}-${++serial}`

const HOUSING_THEME = 'Wonen: woonplekken, uitstroom, afspraken met corporaties'
const AFFORDABLE_HOUSING = 5 // Dannenberg condition 5, "Betaalbare wooneenheden"

/** Fail the test if any script manages to open a dialog (alert, confirm, prompt). */
function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

interface NewAgreement {
  title: string
  body?: string
}

/** Fill the "Nieuwe afspraak" form with a housing agreement and save it; returns the agreement's id. */
async function createAgreement(page: Page, { title, body = 'Wij spreken af dat **iedereen** een plek heeft.' }: NewAgreement) {
  await page.goto(REGION)
  await page.getByRole('link', { name: 'Nieuwe afspraak' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe afspraak')
  await expectNoA11yViolations(page)
  await page.getByLabel('Titel', { exact: true }).fill(title)
  await page.getByLabel('Tekst van de afspraak').fill(body)
  await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
  await page.getByRole('checkbox', { name: HOUSING_THEME, exact: true }).check()
  await page.getByRole('checkbox', { name: '4. Woonvarianten', exact: true }).check()
  await page.getByRole('checkbox', { name: '5. Betaalbare wooneenheden', exact: true }).check()
  await page.getByRole('checkbox', { name: 'Kampen', exact: true }).check()
  await page.getByLabel('Naam partner 1').fill('Woonstichting De Veste')
  await page.getByLabel('Soort partner 1').selectOption('housing_corporation')
  await page.getByLabel('Geplande datum').fill('2027-06-30')
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByText('De afspraak is opgeslagen als concept.')).toBeVisible()
  const id = /\/afspraken\/(\d+)/.exec(page.url())?.[1]
  expect(id, 'the agreement page has the new id in its address').toBeDefined()
  return Number(id)
}

/** The link to an agreement in the region's list of agreements (its own page, /regio/:slug/afspraken). */
function listedAgreement(page: Page, title: string) {
  return page.getByRole('region', { name: 'Afspraken van de regio' }).getByRole('link', { name: title, exact: true })
}

/** Publish the version shown on the agreement page. */
async function publish(page: Page) {
  await page.getByRole('button', { name: /^Versie \d+ publiceren$/ }).click()
  await expect(page.getByText('De afspraak is gepubliceerd.')).toBeVisible()
}

/** The number in a cell of the coverage matrix (row by its header, column by condition number). */
async function matrixCount(page: Page, rowHeader: string, condition: number): Promise<number> {
  const row = page.locator('table.bt-matrix tr', { has: page.getByRole('rowheader', { name: rowHeader, exact: false }) })
  const text = await row.getByRole('cell').nth(condition - 1).innerText()
  return Number.parseInt(text, 10)
}

/**
 * A signed-in page in a fresh browser context (a second person at another desk). `withoutScripts`
 * blocks the portal's JavaScript, so forms post the plain HTML way while axe can still run.
 */
async function signedInPage(browser: Browser, email: string, options: { withoutScripts?: boolean } = {}) {
  const context = await browser.newContext()
  if (options.withoutScripts) await context.route(/\.(m?js)(\?.*)?$/, (route) => route.abort())
  const page = await context.newPage()
  await loginAs(page, email)
  return { page, close: () => context.close() }
}

test.describe('regions keep their agreements online', () => {
  // Journeys through several pages, each with an axe scan, by up to three people.
  test.describe.configure({ timeout: 90_000 })

  test('a region editor creates an agreement with themes and conditions, publishes it and sees it in the matrix', async ({ page }) => {
    const dialogs = failOnDialogs(page)
    await loginAs(page, DEMO.region_editor)
    await page.goto(REGION)
    await expect(page.getByRole('heading', { level: 2, name: 'Dekking: afspraken per conditie' })).toBeVisible()
    await expectNoA11yViolations(page)
    const before = await matrixCount(page, HOUSING_THEME, AFFORDABLE_HOUSING)

    const title = uniqueTitle('Woonplekken')
    const id = await createAgreement(page, {
      title,
      body: 'Tekst met een script: <script>alert(1)</script>\n\n- eerste punt\n- tweede punt',
    })
    // Raw HTML is shown as text, never run.
    await expect(page.locator('.bt-markdown')).toContainText('<script>alert(1)</script>')
    await expect(page.locator('.bt-markdown script')).toHaveCount(0)
    await expect(page.locator('.bt-markdown li')).toHaveText(['eerste punt', 'tweede punt'])
    await expect(page.getByText('Nog niet gepubliceerd')).toBeVisible()
    await expect(page.getByText('Woonstichting De Veste (Woningcorporatie)')).toBeVisible()
    await expect(page.getByText('Concept', { exact: true }).first()).toBeVisible()
    await expectNoA11yViolations(page)

    await publish(page)
    await expect(page.getByText(/Versie 1 is gepubliceerd/)).toBeVisible()
    await expect(page.getByRole('button', { name: /publiceren$/ })).toHaveCount(0)
    await expectNoA11yViolations(page)

    await page.goto(REGION)
    expect(await matrixCount(page, HOUSING_THEME, AFFORDABLE_HOUSING)).toBe(before + 1)
    // The cell links to the agreements it counts.
    const row = page.locator('table.bt-matrix tr', { has: page.getByRole('rowheader', { name: HOUSING_THEME }) })
    await row.getByRole('cell').nth(AFFORDABLE_HOUSING - 1).getByRole('link').click()
    await expect(page).toHaveURL(/thema=housing&conditie=affordable_housing/)
    await expect(listedAgreement(page, title)).toHaveAttribute('href', `${REGION}/afspraken/${id}`)
    await expect(page.getByLabel('Thema')).toHaveValue('housing')
    await expectNoA11yViolations(page)
    expect(dialogs).toEqual([])
  })

  test("a second editor's stale save gets the conflict view, keeps their input, and the diff shows what changed", async ({ page, browser }) => {
    await loginAs(page, DEMO.region_editor)
    const title = uniqueTitle('Uitstroom')
    const id = await createAgreement(page, { title, body: 'De regio zoekt samen met de corporaties naar woningen.' })
    const editUrl = `${REGION}/afspraken/${id}/bewerken`

    const second = await signedInPage(browser, DEMO.region_editor_2)
    await second.page.goto(editUrl)
    await expect(second.page.getByRole('heading', { level: 1 })).toHaveText('Afspraak bewerken')
    await expectNoA11yViolations(second.page)

    // The first editor saves a change while the second is still typing.
    await page.goto(editUrl)
    await expectNoA11yViolations(page)
    await page.getByLabel('Tekst van de afspraak').fill('De regio huurt jaarlijks twintig woningen van de corporaties.')
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(page.getByText('Uw wijzigingen zijn opgeslagen.')).toBeVisible()

    const theirTitle = `${title} (herzien)`
    await second.page.getByLabel('Titel', { exact: true }).fill(theirTitle)
    await second.page.getByLabel('Toelichting van de regio').fill('Afgestemd met de wethouders wonen.')
    await second.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(second.page.getByRole('heading', { name: 'Iemand anders heeft deze afspraak intussen gewijzigd' })).toBeVisible()
    // Both versions side by side, and the second editor's input is still in the form.
    const differences = second.page.getByRole('table', { name: 'Verschillen tussen de opgeslagen versie en uw invoer' })
    await expect(differences.getByRole('row', { name: /Tekst/ })).toContainText('twintig woningen')
    await expect(differences.getByRole('row', { name: /Titel/ })).toContainText(theirTitle)
    await expect(second.page.getByLabel('Titel', { exact: true })).toHaveValue(theirTitle)
    await expect(second.page.getByLabel('Toelichting van de regio')).toHaveValue('Afgestemd met de wethouders wonen.')
    await expectNoA11yViolations(second.page)

    // Saving again saves on top of the current version: nothing is silently lost or overwritten.
    await second.page.getByLabel('Tekst van de afspraak').fill('De regio huurt jaarlijks twintig woningen van de corporaties.')
    await second.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(second.page.getByText('Uw wijzigingen zijn opgeslagen.')).toBeVisible()
    await expect(second.page.getByRole('heading', { level: 1 })).toHaveText(theirTitle)
    await second.close()

    // The diff between the first and the newest revision.
    await page.goto(`${REGION}/afspraken/${id}`)
    await expect(page.getByRole('row', { name: /^3 / })).toBeVisible()
    await page.getByLabel('Van versie').selectOption('1')
    await page.getByLabel('Naar versie').selectOption('3')
    await page.getByRole('button', { name: 'Vergelijken' }).click()
    await expect(page).toHaveURL(new RegExp(`/afspraken/${id}/versies\\?van=1&naar=3$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er veranderd?')
    const body = page.locator('section', { has: page.getByRole('heading', { name: 'Tekst', exact: true }) })
    await expect(body.locator('del')).toContainText(['zoekt samen met'])
    await expect(body.locator('ins')).toContainText(['huurt jaarlijks twintig woningen van'])
    await expect(body.locator('del').first()).toContainText('verwijderd:')
    const titleChange = page.locator('section', { has: page.getByRole('heading', { name: 'Titel', exact: true }) })
    await expect(titleChange.locator('ins')).toContainText('(herzien)')
    await expect(page.getByRole('heading', { name: 'Toelichting van de regio' })).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('a region viewer reads the drafts but cannot edit', async ({ page, browser }) => {
    const editor = await signedInPage(browser, DEMO.region_editor)
    const title = uniqueTitle('Lezer')
    const id = await createAgreement(editor.page, { title })
    await editor.close()

    await loginAs(page, DEMO.region_viewer)
    await page.goto(REGION)
    await expect(page.getByRole('link', { name: 'Nieuwe afspraak' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Logboek' })).toBeVisible()
    await page.goto(`${REGION}/afspraken`)
    await expect(listedAgreement(page, title)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nieuwe afspraak' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Stadium wijzigen' })).toHaveCount(0)
    await expectNoA11yViolations(page)

    await page.goto(`${REGION}/afspraken/${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('link', { name: 'Afspraak bewerken' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /publiceren$/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Vertraging melden' })).toHaveCount(0)
    // A viewer may take part in the conversation.
    await page.getByLabel('Uw reactie').fill('Kunnen we de planning in het overleg bespreken?')
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click()
    await expect(page.getByText('Uw reactie is geplaatst.')).toBeVisible()
    await expect(page.getByText('Kunnen we de planning in het overleg bespreken?')).toBeVisible()
    // One level of replies.
    const comment = page.getByRole('article', { name: /^Reactie van / }).filter({ hasText: 'Kunnen we de planning' })
    await comment.getByText('Antwoorden op deze reactie').click()
    await comment.getByLabel('Uw antwoord').fill('Ja, ik zet het op de agenda.')
    await comment.getByRole('button', { name: 'Antwoord plaatsen' }).click()
    await expect(page.getByText('Uw reactie is geplaatst.')).toBeVisible()
    await expect(page.getByRole('article', { name: /^Antwoord van / })).toContainText('Ja, ik zet het op de agenda.')
    await expect(page.getByRole('article', { name: /^Antwoord van / }).getByText('Antwoorden op deze reactie')).toHaveCount(0)
    await expectNoA11yViolations(page)

    for (const path of [`${REGION}/afspraken/${id}/bewerken`, `${REGION}/afspraken/nieuw`]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(403)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang')
      await expectNoA11yViolations(page)
    }
  })

  test('an editor of another region cannot read the drafts but can read the published agreement', async ({ page, browser }) => {
    const editor = await signedInPage(browser, DEMO.region_editor)
    const draftTitle = uniqueTitle('Concept')
    const draftId = await createAgreement(editor.page, { title: draftTitle })
    const publishedTitle = uniqueTitle('Gepubliceerd')
    const publishedId = await createAgreement(editor.page, { title: publishedTitle })
    await publish(editor.page)
    // A later change stays a draft until it is published again.
    await editor.page.goto(`${REGION}/afspraken/${publishedId}/bewerken`)
    await editor.page.getByLabel('Tekst van de afspraak').fill('Nog niet gepubliceerde wijziging.')
    await editor.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(editor.page.getByText(/heeft wijzigingen die nog niet gepubliceerd zijn/)).toBeVisible()
    await editor.close()

    await loginAs(page, DEMO.other_region_editor)
    const draft = await page.goto(`${REGION}/afspraken/${draftId}`)
    expect(draft?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')
    await expectNoA11yViolations(page)

    const published = await page.goto(`${REGION}/afspraken/${publishedId}`)
    expect(published?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(publishedTitle)
    await expect(page.getByText(/U ziet de gepubliceerde versie/)).toBeVisible()
    await expect(page.locator('.bt-markdown')).not.toContainText('Nog niet gepubliceerde wijziging.')
    await expect(page.getByRole('link', { name: 'Afspraak bewerken' })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Reacties' })).toHaveCount(0)
    await expectNoA11yViolations(page)

    await page.goto(REGION)
    await expect(page.getByText('U ziet de gepubliceerde afspraken van deze regio.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Logboek' })).toHaveCount(0)
    await page.goto(`${REGION}/afspraken`)
    await expect(page.getByText('U ziet de gepubliceerde afspraken van deze regio.')).toBeVisible()
    await expect(listedAgreement(page, publishedTitle)).toBeVisible()
    await expect(page.getByRole('link', { name: draftTitle })).toHaveCount(0)
    await expectNoA11yViolations(page)

    expect((await page.goto(`${REGION}/afspraken/${publishedId}/versies?van=1&naar=2`))?.status()).toBe(403)
    expect((await page.goto(`${REGION}/afspraken/${publishedId}/bewerken`))?.status()).toBe(403)
    await expectNoA11yViolations(page)
  })

  test('a delay needs a reason and a new date; the old date stays visible', async ({ page, browser }) => {
    await loginAs(page, DEMO.region_editor)
    const id = await createAgreement(page, { title: uniqueTitle('Vertraging') })
    await page.getByLabel('Nieuwe datum').fill('2027-12-31')
    await page.getByRole('button', { name: 'Vertraging melden' }).click()
    await expect(page.getByText(/^Geef de reden van de vertraging/)).toBeVisible()
    await expect(page.getByLabel('Reden van de vertraging')).toHaveAttribute('aria-invalid', 'true')
    await expectNoA11yViolations(page)

    // Without JavaScript the server refuses it with the same message, and keeps the date typed.
    const plain = await signedInPage(browser, DEMO.region_editor, { withoutScripts: true })
    await plain.page.goto(`${REGION}/afspraken/${id}`)
    await plain.page.getByLabel('Nieuwe datum').fill('2027-12-31')
    await plain.page.getByRole('button', { name: 'Vertraging melden' }).click()
    await expect(plain.page.getByText(/^Geef de reden van de vertraging/)).toBeVisible()
    await expect(plain.page.getByLabel('Nieuwe datum')).toHaveValue('2027-12-31')
    await plain.close()

    await page.getByLabel('Reden van de vertraging').fill('De corporatie levert de woningen later op.')
    await page.getByRole('button', { name: 'Vertraging melden' }).click()
    await expect(page.getByText('De vertraging is vastgelegd.')).toBeVisible()
    const delays = page.getByRole('table', { name: 'Gemelde vertragingen, oudste eerst' })
    await expect(delays).toContainText('30 juni 2027')
    await expect(delays).toContainText('31 december 2027')
    await expect(delays).toContainText('De corporatie levert de woningen later op.')
    await expect(page.getByText('Oorspronkelijk gepland')).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('without JavaScript the form is checked on the server, names each problem and keeps the input', async ({ browser }) => {
    const { page, close } = await signedInPage(browser, DEMO.region_editor, { withoutScripts: true })
    await page.goto(`${REGION}/afspraken/nieuw`)
    await page.getByLabel('Titel', { exact: true }).fill('ab')
    await page.getByRole('checkbox', { name: HOUSING_THEME, exact: true }).check()
    // one partner row to start with; a second one is added (the form posts and comes back as typed)
    await page.getByRole('button', { name: 'Partner toevoegen' }).click()
    await page.getByLabel('Naam partner 2').fill('Zorgkantoor Zwolle')
    await page.getByRole('button', { name: 'Afspraak opslaan' }).click()

    const summary = page.getByRole('alert').filter({ hasText: 'De afspraak is niet opgeslagen.' })
    await expect(summary.getByRole('link')).toHaveText([
      'Titel: Een titel heeft minstens 3 tekens.',
      'NvO-afspraken: Kies minstens één NvO-afspraak.',
      'Condities: Kies minstens één conditie.',
      'Partners: Kies het soort partner.',
    ])
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('ab')
    await expect(page.getByRole('checkbox', { name: HOUSING_THEME, exact: true })).toBeChecked()
    await expect(page.getByLabel('Naam partner 2')).toHaveValue('Zorgkantoor Zwolle')
    // The row's error sits on the row the user filled in, not on the first one.
    await expect(page.getByLabel('Soort partner 2')).toHaveAccessibleDescription('Kies het soort partner.')
    await expect(page.getByLabel('Soort partner 1')).not.toHaveAttribute('aria-invalid', 'true')
    await expectNoA11yViolations(page)

    const title = uniqueTitle('Zonder JavaScript')
    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByRole('checkbox', { name: '7. Financiële afspraken en solidariteit', exact: true }).check()
    await page.getByRole('checkbox', { name: '2. Langdurige begeleiding', exact: true }).check()
    await page.getByLabel('Soort partner 2').selectOption('care_office')
    await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText('Zorgkantoor Zwolle (Zorgkantoor)')).toBeVisible()
    await close()
  })

  test('a stage change the table forbids cannot be chosen, and a forged one is refused', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    const title = uniqueTitle('Stadium')
    const id = await createAgreement(page, { title })
    await page.goto(`${REGION}/afspraken/${id}/bewerken`)
    const stage = page.getByLabel('Stadium')
    await expect(stage.locator('option')).toHaveText(['Concept', 'Vastgesteld', 'Vervallen'])

    // "Vervallen" needs a reason.
    await stage.selectOption('vervallen')
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(page.getByLabel('Reden dat de afspraak is vervallen')).toHaveAccessibleDescription(/Geef aan waarom de afspraak is vervallen\./)

    // Forge the form: add a stage the table does not allow from "Concept" and post it.
    await stage.evaluate((select: HTMLSelectElement) => {
      select.add(new Option('In uitvoering', 'in_uitvoering'))
      select.value = 'in_uitvoering'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(page.getByLabel('Stadium')).toHaveAccessibleDescription(/Van "Concept" naar "In uitvoering" kan niet\./)
    await expect(page.getByLabel('Stadium')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('link', { name: 'Stadium: Van "Concept" naar "In uitvoering" kan niet.' })).toBeVisible()
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title)
    await expectNoA11yViolations(page)

    await page.goto(`${REGION}/afspraken/${id}`)
    await expect(page.getByText('Concept', { exact: true }).first()).toBeVisible()
  })

  test('an editor records the NvO level with the definition in view', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto(`${REGION}/niveaus`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NvO-niveaus Regio Zwolle')
    await expectNoA11yViolations(page)
    const section = page.locator('section', { has: page.getByRole('heading', { name: '6. Inkoop en contractering' }) })
    await section.locator('summary').click()
    await expect(section.getByText('Er ligt een conceptafspraak die met de gemeenten en partners wordt besproken.')).toBeVisible()
    const explanation = `Inkoop loopt via de centrumgemeente (${RUN}).`
    await section.getByRole('radio', { name: '2 – Concept' }).check()
    await section.getByLabel('Toelichting bij 6. Inkoop en contractering').fill(explanation)
    await section.getByRole('button', { name: 'Niveau opslaan' }).click()
    await expect(page.getByText('Het niveau is opgeslagen.')).toBeVisible()
    await expect(section.locator('p', { hasText: explanation })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Elke wijziging van een niveau, nieuwste eerst' })).toContainText(explanation)
    await expectNoA11yViolations(page)
  })

  test('a visitor sees the region shell and is asked to log in for the agreements', async ({ page }) => {
    await page.goto(REGION)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio Zwolle')
    await expect(page.getByRole('link', { name: 'Log in om de afspraken te zien' })).toBeVisible()
    await expect(page.locator('table.bt-matrix')).toHaveCount(0)
    await expectNoA11yViolations(page)
    await page.goto(`${REGION}/afspraken/1`)
    await expect(page).toHaveURL(/\/inloggen\?terug=/)
  })
})
