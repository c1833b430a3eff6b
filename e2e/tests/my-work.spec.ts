import type { Browser, Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// "Mijn werk" (issue 10): the page people land on after signing in, with their notifications and
// their role's tasks; mail that waits in the outbox under /beheer when no SMTP server is set; and
// per-person mail settings. The steps build on each other, so they run in order.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const RUN = Date.now().toString(36)
const TITLE = `Crisisbedden Zwolle e2e ${RUN}`
const HOUSING_THEME = 'Wonen: woonplekken, uitstroom, afspraken met corporaties'
let agreementPath = ''

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginAs(page, email)
  return { page, close: () => context.close() }
}

/** The editor's new agreement, with only what the form requires. */
async function createAgreement(page: Page, title: string) {
  await page.goto('/regio/zwolle/afspraken/nieuw')
  await expectNoA11yViolations(page)
  await page.getByLabel('Titel', { exact: true }).fill(title)
  await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
  await page.getByRole('checkbox', { name: HOUSING_THEME, exact: true }).check()
  await page.getByRole('checkbox', { name: '5. Betaalbare wooneenheden', exact: true }).check()
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  return new URL(page.url()).pathname
}

async function postComment(page: Page, text: string) {
  await page.goto(agreementPath)
  await page.getByLabel('Uw reactie').fill(text)
  await page.getByRole('button', { name: 'Reactie plaatsen' }).click()
  await expect(page.getByText('Uw reactie is geplaatst.')).toBeVisible()
  await expectNoA11yViolations(page)
}

function outboxRows(page: Page, address: string) {
  return page.getByRole('table', { name: 'Uitgaande mail' }).getByRole('row').filter({ hasText: address }).filter({ hasText: TITLE })
}

test("a comment on Zwolle's agreement shows in its author's Mijn werk and in the outbox", async ({ page, browser }) => {
  await loginAs(page, DEMO.region_editor)
  await expect(page).toHaveURL(/\/mijn-werk$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn werk')
  await expect(page.getByRole('heading', { level: 2, name: /^Afspraken die aandacht vragen in / })).toBeVisible()
  await expectNoA11yViolations(page)
  agreementPath = await createAgreement(page, TITLE)

  const viewer = await signedInPage(browser, DEMO.region_viewer)
  await postComment(viewer.page, 'Hoeveel bedden komen er bij?')
  await viewer.close()

  await page.goto('/mijn-werk')
  const notification = page.getByRole('link', { name: new RegExp(`reageerde op de afspraak “${TITLE}”`) })
  await expect(notification).toBeVisible()
  // The editor's own new agreement has no planned date yet: it is on the list of agreements needing attention.
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible()
  await expectNoA11yViolations(page)
  await notification.click()
  await expect(page).toHaveURL(/#reactie-\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)

  await page.goto('/mijn-werk')
  await page.getByRole('listitem').filter({ has: notification }).getByRole('button', { name: /^Gelezen/ }).click()
  await expect(notification).toHaveCount(0)
  await expectNoA11yViolations(page)

  const admin = await signedInPage(browser, DEMO.admin)
  await admin.page.goto('/beheer')
  await admin.page.getByRole('link', { name: 'Uitgaande mail' }).click()
  await expect(admin.page.getByRole('heading', { level: 1 })).toHaveText('Uitgaande mail')
  await expect(admin.page.getByText('Er is geen SMTP-server ingesteld')).toBeVisible()
  const row = outboxRows(admin.page, DEMO.region_editor)
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('In de outbox (geen SMTP ingesteld)')
  await expectNoA11yViolations(admin.page)
  await admin.close()
})

test("the signatory's Mijn werk lists the adoption to confirm, and the region's editors hear of the confirmation", async ({ page, browser }) => {
  const editor = await signedInPage(browser, DEMO.region_editor)
  await editor.page.goto('/regio/zwolle/regiovisie')
  await editor.page.getByLabel('Titel').fill(`Regiovisie e2e ${RUN}`)
  await editor.page.getByLabel('Datum van het document').fill('2026-05-01')
  await editor.page.getByRole('button', { name: 'Versie toevoegen' }).click()
  await expect(editor.page.getByRole('status').filter({ hasText: 'De nieuwe versie van de regiovisie is toegevoegd.' })).toBeVisible()
  const heading = await editor.page.getByRole('heading', { level: 3, name: `Regiovisie e2e ${RUN}` }).textContent()
  const version = Number(/Versie (\d+):/.exec(heading ?? '')?.[1])
  await editor.page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Kampen' })
  await editor.page.getByLabel('Datum van het raadsbesluit').fill('2026-05-20')
  await editor.page.getByLabel('Link naar het raadsbesluit').fill(`https://kampen.example/besluit-${RUN}`)
  await editor.page.getByRole('button', { name: 'Vaststelling vastleggen' }).click()
  await expect(editor.page.getByRole('status').filter({ hasText: 'De vaststelling is vastgelegd.' })).toBeVisible()

  await loginAs(page, DEMO.municipality_signatory)
  await expect(page).toHaveURL(/\/mijn-werk$/)
  const task = page.getByRole('link', { name: `Bevestig de vaststelling van regiovisie ${version} door Kampen` })
  await expect(task).toBeVisible()
  await expectNoA11yViolations(page)
  await task.click()
  await expect(page).toHaveURL(/\/regio\/zwolle\/regiovisie$/)
  const kampen = page
    .getByRole('table', { name: 'Vaststelling van de regiovisie per gemeente' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Kampen', exact: true }) })
  await kampen.getByRole('button', { name: /Bevestigen/ }).first().click()
  await expect(page.getByRole('status').filter({ hasText: 'De vaststelling is bevestigd.' })).toBeVisible()
  await page.goto('/mijn-werk')
  await expect(task).toHaveCount(0)
  await expectNoA11yViolations(page)

  await editor.page.goto('/mijn-werk')
  await expect(editor.page.getByRole('link', { name: new RegExp(`bevestigde de vaststelling van regiovisie ${version} door Kampen`) })).toBeVisible()
  await editor.close()
})

test('a person turns mail off for a kind: the notification still shows, no mail is queued', async ({ page, browser }) => {
  await loginAs(page, DEMO.region_viewer)
  await page.getByRole('link', { name: 'Meldingen per mail instellen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldingen per mail')
  await expectNoA11yViolations(page)
  const kind = page.getByRole('group', { name: 'Nieuwe reactie op een afspraak' })
  await expect(kind.getByRole('radio', { name: 'Direct een mail' })).toBeChecked()
  await kind.getByRole('radio', { name: 'Geen mail (alleen in Mijn werk)' }).check()
  await page.getByRole('button', { name: 'Keuzes opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Uw keuzes zijn opgeslagen.' })).toBeVisible()
  await page.reload()
  await expect(kind.getByRole('radio', { name: 'Geen mail (alleen in Mijn werk)' })).toBeChecked()
  await expectNoA11yViolations(page)

  // The editor answers on the agreement the viewer commented on: the viewer is told, not mailed.
  const editor = await signedInPage(browser, DEMO.region_editor)
  await postComment(editor.page, 'Twaalf bedden, vanaf september.')
  await editor.close()
  await page.goto('/mijn-werk')
  await expect(page.getByRole('link', { name: new RegExp(`reageerde op de afspraak “${TITLE}”`) })).toBeVisible()

  const admin = await signedInPage(browser, DEMO.admin)
  await admin.page.goto('/beheer/uitgaande-mail')
  await expect(outboxRows(admin.page, DEMO.region_editor)).toHaveCount(1)
  await expect(outboxRows(admin.page, DEMO.region_viewer)).toHaveCount(0)
  await admin.close()
})

test("bad input: an unknown kind is named, another person's settings are refused", async ({ page }) => {
  await loginAs(page, DEMO.region_viewer)
  await page.goto('/mijn-werk/meldingen')
  const userId = await page.locator('input[name="userId"]').inputValue()
  const unknown = await page.request.post('/mijn-werk/meldingen', { form: { userId, 'bezorging.lunch_klaar': 'off' } })
  expect(unknown.status()).toBe(400)
  expect(await unknown.text()).toContain('Onbekend soort melding: lunch_klaar.')
  const other = await page.request.post('/mijn-werk/meldingen', { form: { userId: 'iemand-anders', 'bezorging.comment_added': 'off' } })
  expect(other.status()).toBe(403)
  expect(await other.text()).toContain('U kunt alleen uw eigen meldingsinstellingen wijzigen.')
})
