import type { Locator, Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// The region's working day (issue 19, items 2, 7 and 8): choosing an NvO agreement suggests its
// themes; Kampen's signatory records Kampen's council adoption of the regiovisie and of the
// uitvoeringsplan, never Zwolle's; the uitvoeringsplan's print carries every agreement in full.
// The steps build on each other (an agreement, a version, a published plan), so they run in order.
test.describe.configure({ mode: 'serial' })

/** Unique per run: the e2e server is shared by every spec file of the run. */
const RUN = Date.now().toString(36)
const TITLE = `Regionale inkoop beschermd wonen ${RUN}`
const BODY = `De gemeenten kopen **samen** in met één set contractvoorwaarden (${RUN}).`
const MILESTONE = `Aanbesteding gepubliceerd ${RUN}`
const EXPLANATION = `Afgestemd met de wethouders zorg ${RUN}.`
const VERSION = `Regiovisie Zwolle ${RUN} – voor de raden`
const PLAN_TEXT = `De regio werkt vanuit één inhoudelijke visie (${RUN}).`
const KAMPEN_DECISION = `https://kampen.example/raad/regiovisie-${RUN}`
const KAMPEN_PLAN_DECISION = `https://kampen.example/raad/uitvoeringsplan-${RUN}`
const REFUSAL = 'U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.'
const PURCHASING_THEMES = ['Inkoop en contractering', 'Reële tarieven', 'Administratieve lasten']

function councilRow(table: Locator, page: Page, municipality: string) {
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: municipality, exact: true }) })
}

/** Call a tRPC mutation over HTTP as the signed-in page (superjson's envelope); returns status and message. */
async function callApi(page: Page, path: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${path}`, {
    data: { json: input },
    headers: { Origin: new URL(page.url()).origin },
  })
  const body = (await response.json()) as { error?: { json?: { message?: string } } }
  return { status: response.status(), message: body.error?.json?.message }
}

test.describe("the region's working day", () => {
  test('choosing an NvO agreement suggests its themes, with a button that ticks them', async ({ page, browser }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/afspraken/nieuw')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe afspraak')
    const purchasing = page.getByRole('checkbox', { name: '6. Inkoop en contractering', exact: true })
    // Without JavaScript too: the box's description names its themes.
    await expect(purchasing).toHaveAccessibleDescription(`Thema's: ${PURCHASING_THEMES.join('; ')}`)
    await expectNoA11yViolations(page)

    await page.getByLabel('Titel', { exact: true }).fill(TITLE)
    await page.getByLabel('Tekst van de afspraak').fill(BODY)
    await purchasing.check()
    const suggestion = page.locator('.bt-theme-suggestion')
    await expect(suggestion).toContainText("De gekozen NvO-afspraken passen bij de thema's")
    for (const theme of PURCHASING_THEMES) await expect(suggestion).toContainText(theme)
    await expectNoA11yViolations(page)
    await suggestion.getByRole('button', { name: "Vink deze thema's aan" }).click()
    for (const theme of PURCHASING_THEMES) await expect(page.getByRole('checkbox', { name: theme, exact: true })).toBeChecked()
    await expect(suggestion.getByRole('button')).toHaveCount(0)
    // Another theme stays the editor's own choice.
    await expect(page.getByRole('checkbox', { name: 'Monitoring en evaluatie', exact: true })).not.toBeChecked()

    await page.getByRole('checkbox', { name: '6. Laagdrempelige toegang', exact: true }).check()
    await page.getByRole('checkbox', { name: 'Kampen', exact: true }).check()
    await page.getByLabel('Geplande datum').fill('2027-06-30')
    await page.getByLabel('Datum mijlpaal 1').fill('2026-11-01')
    await page.getByLabel('Omschrijving mijlpaal 1').fill(MILESTONE)
    await page.getByLabel('Toelichting van de regio').fill(EXPLANATION)
    await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    for (const theme of PURCHASING_THEMES) await expect(page.getByRole('main')).toContainText(theme)

    // Without JavaScript the hint is there and no button is offered.
    const plain = await browser.newContext({ javaScriptEnabled: false })
    try {
      const noJs = await plain.newPage()
      await loginAs(noJs, DEMO.region_editor)
      await noJs.goto('/regio/zwolle/afspraken/nieuw')
      await expect(noJs.getByRole('checkbox', { name: '6. Inkoop en contractering', exact: true })).toHaveAccessibleDescription(
        `Thema's: ${PURCHASING_THEMES.join('; ')}`,
      )
      await expect(noJs.getByRole('button', { name: "Vink deze thema's aan" })).toHaveCount(0)
    } finally {
      await plain.close()
    }
  })

  test("Kampen's signatory records Kampen's adoption of the regiovisie, and cannot record Zwolle's", async ({ page, browser }) => {
    // A fresh version, so no council has adopted the current one yet.
    const editorContext = await browser.newContext()
    try {
      const editor = await editorContext.newPage()
      await loginAs(editor, DEMO.region_editor)
      await editor.goto('/regio/zwolle/regiovisie')
      await editor.getByLabel('Titel').fill(VERSION)
      await editor.getByLabel('Datum van het document').fill('2026-10-01')
      await editor.getByRole('button', { name: 'Versie toevoegen' }).click()
      await expect(editor.getByRole('status').filter({ hasText: 'De nieuwe versie van de regiovisie is toegevoegd.' })).toBeVisible()
    } finally {
      await editorContext.close()
    }

    await loginAs(page, DEMO.municipality_signatory)
    await page.goto('/regio/zwolle/regiovisie')
    await expectNoA11yViolations(page)
    const form = page.getByRole('form', { name: 'Vaststelling vastleggen' })
    // The form offers Kampen only: no choice of municipality at all.
    await expect(form.getByLabel('Gemeente', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Vaststelling vastleggen' })).toContainText('voor de gemeente Kampen')
    await expect(form.getByLabel('Vastgestelde versie')).toHaveValue(/\d+/)
    const versionId = Number(await form.getByLabel('Vastgestelde versie').inputValue())

    // The API refuses Zwolle's adoption, in Dutch, whatever the page offers.
    const refused = await callApi(page, 'plan.recordAdoption', {
      regionSlug: 'zwolle',
      municipalityCode: 'GM0193',
      visionVersionId: versionId,
      decisionDate: '2026-11-05',
      decisionUrl: 'https://zwolle.example/raad/besluit',
    })
    expect(refused).toEqual({ status: 403, message: REFUSAL })

    await form.getByLabel('Datum van het raadsbesluit').fill('2026-11-05')
    await form.getByLabel('Link naar het raadsbesluit').fill(KAMPEN_DECISION)
    await form.getByRole('button', { name: 'Vaststelling vastleggen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'De vaststelling is vastgelegd.' })).toBeVisible()
    const table = page.getByRole('table', { name: 'Vaststelling van de regiovisie per gemeente' })
    const kampen = councilRow(table, page, 'Kampen')
    await expect(kampen).toContainText('vastgesteld op 5 november 2026')
    await expect(kampen.getByRole('link', { name: /Raadsbesluit van Kampen/ }).first()).toBeVisible()
    await expect(kampen).toContainText('Bevestigd door Otto Ondertekenaar')
    await expect(councilRow(table, page, 'Zwolle')).not.toContainText('5 november 2026')
    await expectNoA11yViolations(page)
  })

  test("the uitvoeringsplan as published is adopted by Kampen's council, recorded by its signatory", async ({ page, browser }) => {
    const editorContext = await browser.newContext()
    try {
      const editor = await editorContext.newPage()
      await loginAs(editor, DEMO.region_editor)
      await editor.goto('/regio/zwolle/plan')
      const section = editor.getByRole('region', { name: '1. Inhoudelijke visie' })
      if (!(await section.getByLabel('Tekst').isVisible())) await section.getByText('Onderdeel 1 bewerken').click()
      await section.getByLabel('Status').selectOption({ label: 'Gereed' })
      await section.getByLabel('Tekst').fill(PLAN_TEXT)
      await section.getByRole('button', { name: /Opslaan/ }).click()
      await expect(section.getByRole('status')).toHaveText('Onderdeel 1 is opgeslagen.')
      await section.getByRole('button', { name: /Publiceren/ }).click()
      await expect(section.getByRole('status')).toHaveText('De tekst is gepubliceerd.')
    } finally {
      await editorContext.close()
    }

    await loginAs(page, DEMO.municipality_signatory)
    await page.goto('/regio/zwolle/plan/vaststelling')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vaststelling van het uitvoeringsplan')
    await expectNoA11yViolations(page)
    const progress = page.locator('.bt-plan-progress')
    await expect(progress).toContainText('gemeenteraden hebben de huidige stand vastgesteld: revisie')
    const revision = Number(/revisie (\d+)/.exec((await progress.textContent()) ?? '')?.[1])
    const form = page.getByRole('form', { name: 'Vaststelling vastleggen' })
    await expect(form.getByLabel('Gemeente', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Vaststelling vastleggen' })).toContainText('voor de gemeente Kampen')

    const planRevisionId = Number(await form.locator('input[name="planRevisionId"]').inputValue())
    const refused = await callApi(page, 'plan.recordPlanAdoption', {
      regionSlug: 'zwolle',
      municipalityCode: 'GM0193',
      planRevisionId,
      decisionDate: '2026-11-19',
      decisionUrl: 'https://zwolle.example/raad/plan',
    })
    expect(refused).toEqual({ status: 403, message: REFUSAL })

    await form.getByLabel('Datum van het raadsbesluit').fill('2026-11-19')
    await form.getByLabel('Link naar het raadsbesluit').fill(KAMPEN_PLAN_DECISION)
    await form.getByRole('button', { name: 'Vaststelling vastleggen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'De vaststelling is vastgelegd.' })).toBeVisible()
    const table = page.getByRole('table', { name: 'Vaststelling van het uitvoeringsplan per gemeente' })
    const kampen = councilRow(table, page, 'Kampen')
    await expect(kampen).toContainText('Vastgesteld')
    await expect(kampen).toContainText(`Revisie ${revision}`)
    await expect(kampen).toContainText('vastgesteld op 19 november 2026')
    await expect(kampen).toContainText('Bevestigd door Otto Ondertekenaar')
    await expect(kampen.getByRole('link', { name: `Raadsbesluit van Kampen over revisie ${revision} (externe website)` })).toHaveAttribute(
      'href',
      KAMPEN_PLAN_DECISION,
    )
    await expect(councilRow(table, page, 'Zwolle')).not.toContainText('19 november 2026')
    await expectNoA11yViolations(page)
  })

  test('the print of the uitvoeringsplan carries each agreement in full, with a table of contents', async ({ page, browser }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/uitvoeringsplan')
    await expectNoA11yViolations(page)
    await page.emulateMedia({ media: 'print' })
    const toc = page.getByRole('navigation', { name: 'Inhoud van het uitvoeringsplan' })
    await expect(toc).toBeVisible()
    const tocLink = toc.getByRole('link', { name: 'De afspraken' })
    await expect(tocLink).toHaveAttribute('href', '#afspraken')
    await expect(toc.getByRole('link', { name: 'Vaststelling van het uitvoeringsplan' })).toHaveAttribute('href', '#vaststelling-plan')
    // No navigation or buttons in print.
    await expect(page.getByRole('navigation', { name: 'Plan van de regio' })).toBeHidden()
    await expect(page.getByRole('button', { name: /Afdrukken/ })).toBeHidden()

    const agreement = page.getByRole('article', { name: new RegExp(TITLE) })
    await expect(agreement).toBeVisible()
    await expect(agreement.locator('.bt-markdown strong')).toHaveText('samen')
    await expect(agreement).toContainText('Stadium')
    await expect(agreement).toContainText('Concept')
    await expect(agreement).toContainText('30 juni 2027')
    await expect(agreement).toContainText(`1 november 2026: ${MILESTONE}`)
    await expect(agreement).toContainText(EXPLANATION)
    // The tables link to the agreement's text in the document.
    const id = await agreement.getByRole('heading', { level: 3 }).getAttribute('id')
    await expect(page.locator(`.bt-print-plan table a[href="#${id}"]`).first()).toBeAttached()
    // Council adoptions of both documents are in the print.
    await expect(page.getByRole('table', { name: 'Vaststelling van het uitvoeringsplan per gemeenteraad' })).toContainText('19 november 2026')
    // The scan (with its 320 px reflow check) is for the screen; the paper is A4 (regional-plan.spec.ts checks that).
    await page.emulateMedia({ media: 'screen' })
    await expectNoA11yViolations(page)

    // Another region's reader gets the published plan only: the draft agreement is not in it.
    const otherContext = await browser.newContext()
    try {
      const other = await otherContext.newPage()
      await loginAs(other, DEMO.other_region_editor)
      await other.goto('/regio/zwolle/uitvoeringsplan')
      await expect(other.locator('.bt-print-plan__meta')).toContainText('Alleen gepubliceerde afspraken.')
      await expect(other.getByRole('heading', { level: 2, name: '3. De afspraken' })).toBeVisible()
      await expect(other.getByText(TITLE)).toHaveCount(0)
      await expect(other.getByText(EXPLANATION)).toHaveCount(0)
      await expectNoA11yViolations(other)
    } finally {
      await otherContext.close()
    }
  })
})
