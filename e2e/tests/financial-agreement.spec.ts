import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// The regional financial agreement (issue 21) of Regio Zwolle: the editor fills in the main choices,
// links a scenario and sees each municipality's amounts, places two municipalities in the strategy
// quadrant; bad input gets a Dutch message; a stale save shows both versions; the viewer reads it, the
// print carries it and the national view counts the regions per choice. Demo data: Zwolle,
// Gooi en Vechtstreek (Regio Hilversum) and Midden-Holland (Regio Gouda) have published agreements.
test.describe.configure({ mode: 'serial' })

const PAGE = '/regio/zwolle/financiele-afspraak'
const RUN = Date.now().toString(36)
const ZWOLLE_SCENARIO = /^IJssel-Vecht: passend aandeel/
const GOOI_SCENARIO = /^Gooi en Vechtstreek: naar inwoners met bestemmingsreserve/

async function openForm(page: Page, summary: string) {
  const details = page.locator('details').filter({ has: page.getByText(`${summary} bewerken`, { exact: true }) })
  if ((await details.getAttribute('open')) === null) await details.getByText(`${summary} bewerken`, { exact: true }).click()
  return details
}

async function scenarioOption(page: Page, pattern: RegExp): Promise<string> {
  const options = await page.getByLabel('Scenario: grondslag van de verdeling').locator('option').allTextContents()
  const label = options.find((o) => pattern.test(o))
  if (!label) throw new Error(`No scenario option matches ${pattern}: ${options.join(' | ')}`)
  return label
}

test('the editor fills in the main choices, links a scenario of the region and sees each municipality’s amounts', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await page.goto(PAGE)
  await expect(page.getByRole('heading', { level: 1, name: 'Financiële afspraak Regio Zwolle' })).toBeVisible()
  await expectNoA11yViolations(page)

  const form = await openForm(page, 'De vier hoofdkeuzes')
  // A choice without its reasoning.
  await form.getByLabel('Keuze: financiële risico’s').selectOption({ label: 'Regionaal afdekken' })
  await form.getByLabel('Onderbouwing: financiële risico’s').fill('')
  await form.getByRole('button', { name: 'Opslaan: De vier hoofdkeuzes' }).click()
  await expect(page.locator('#keuze-risks-onderbouwing-error')).toHaveText('Geef een onderbouwing bij deze keuze.')

  // A scenario of another region.
  const again = await openForm(page, 'De vier hoofdkeuzes')
  await again.getByLabel('Onderbouwing: financiële risico’s').fill(`Samen dragen (${RUN})`)
  await again.getByLabel('Keuze: grondslag van de verdeling').selectOption({ label: 'Omvang geobjectiveerde middelen' })
  await again.getByLabel('Onderbouwing: grondslag van de verdeling').fill('Passend aandeel naar de Wmo-integratie-uitkering.')
  await again.getByLabel('Scenario: grondslag van de verdeling').selectOption({ label: await scenarioOption(page, GOOI_SCENARIO) })
  await again.getByRole('button', { name: 'Opslaan: De vier hoofdkeuzes' }).click()
  await expect(page.locator('#keuze-division-scenario-error')).toHaveText(
    'Dit scenario hoort bij Regio Hilversum, niet bij Regio Zwolle. Kies een scenario van Regio Zwolle.',
  )
  await expectNoA11yViolations(page)

  // The region's own scenario: saved, and the amounts per municipality appear.
  const third = await openForm(page, 'De vier hoofdkeuzes')
  await expect(third.getByLabel('Onderbouwing: financiële risico’s')).toHaveValue(`Samen dragen (${RUN})`)
  await third.getByLabel('Scenario: grondslag van de verdeling').selectOption({ label: await scenarioOption(page, ZWOLLE_SCENARIO) })
  await third.getByRole('button', { name: 'Opslaan: De vier hoofdkeuzes' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het onderdeel is opgeslagen.' })).toBeVisible()
  const choices = page.getByRole('table', { name: 'Hoofdkeuzes van de regio' })
  await expect(choices.getByRole('row').filter({ hasText: 'Financiële risico’s' })).toContainText(`Regionaal afdekken`)
  await expect(choices.getByRole('row').filter({ hasText: 'Financiële risico’s' })).toContainText(`Samen dragen (${RUN})`)
  const amounts = page.getByRole('table', { name: /Wat elke gemeente betaalt en ontvangt \(IJssel-Vecht/ })
  for (const municipality of ['Zwolle', 'Kampen', 'Dalfsen']) {
    await expect(amounts.getByRole('rowheader', { name: municipality, exact: true })).toBeVisible()
  }
  await expect(amounts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kampen', exact: true }) })).toContainText('€')
  await expectNoA11yViolations(page)
})

test('the editor places two municipalities in the strategy quadrant, and opens a task agreement from the shortcut', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await page.goto(PAGE)
  const form = await openForm(page, 'Plaats van de gemeenten')
  await form.getByLabel('Veranderopgave (Kampen)').selectOption('1')
  await form.getByLabel('Focus (Kampen)').selectOption('-1')
  await form.getByLabel('Veranderopgave (Dalfsen)').selectOption('2')
  await form.getByLabel('Focus (Dalfsen)').selectOption('2')
  await form.getByRole('button', { name: 'Opslaan: Plaats van de gemeenten' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het onderdeel is opgeslagen.' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Plaats per gemeente (−2 tot 2 per as)' })
  await expect(table.getByRole('row').filter({ hasText: 'Kampen' })).toContainText('Calculerend')
  await expect(table.getByRole('row').filter({ hasText: 'Dalfsen' })).toContainText('Vernieuwend')
  await expect(page.getByRole('img', { name: /Assenkruis invoeringsstrategie met 2 gemeenten/ })).toBeVisible()
  await expectNoA11yViolations(page)

  // The task division's shortcut opens a new agreement with plan element 3 already ticked.
  await page.getByRole('link', { name: 'Nieuwe afspraak bij planonderdeel 3 vastleggen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe afspraak' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Verdeling van budget en financiële risico's/ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /Inhoudelijke visie/ })).not.toBeChecked()
})

test('the editor adds a risk of the region’s own to the register; one without a name is refused on its field', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await page.goto(PAGE)
  const form = await openForm(page, 'Het risicoregister')
  const adding = form.locator('fieldset').filter({ has: page.getByRole('heading', { name: 'Eigen risico toevoegen' }) })
  await adding.getByLabel('Inschatting').selectOption({ label: 'Hoog' })
  await form.getByRole('button', { name: 'Opslaan: Het risicoregister' }).click()
  await expect(page.locator('#risico-new-label-error')).toHaveText('Geef het risico een naam.')
  await expectNoA11yViolations(page)

  const again = await openForm(page, 'Het risicoregister')
  await again.getByLabel('Naam van het risico').last().fill(`Huurstijging bij corporaties (${RUN})`)
  await again.getByRole('button', { name: 'Opslaan: Het risicoregister' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het onderdeel is opgeslagen.' })).toBeVisible()
  const register = page.getByRole('table', { name: 'Risicoregister' }).first()
  await expect(register.getByRole('row').filter({ hasText: `Huurstijging bij corporaties (${RUN})` })).toContainText('Hoog')
  await expect(page.getByRole('status').filter({ hasText: 'Hoog risico zonder maatregel' })).toContainText(`Huurstijging bij corporaties (${RUN})`)
  await expectNoA11yViolations(page)
})

test('a stale save shows the saved version beside the editor’s input, which stays in the form', async ({ page, browser }) => {
  await loginAs(page, DEMO.region_editor)
  await page.goto(PAGE)
  const mine = await openForm(page, 'De huidige situatie')
  // Another editor saves first.
  const other = await browser.newContext()
  try {
    const second = await other.newPage()
    await loginAs(second, DEMO.region_editor_2)
    await second.goto(PAGE)
    const theirs = await openForm(second, 'De huidige situatie')
    await theirs.getByLabel('Vertrouwen of juist wantrouwen tussen gemeenten in de regionale samenwerking').fill(`Groot vertrouwen (${RUN})`)
    await theirs.getByRole('button', { name: 'Opslaan: De huidige situatie' }).click()
    await expect(second.getByRole('status').filter({ hasText: 'Het onderdeel is opgeslagen.' })).toBeVisible()
  } finally {
    await other.close()
  }
  await mine.getByLabel('Vertrouwen of juist wantrouwen tussen gemeenten in de regionale samenwerking').fill(`Wisselend vertrouwen (${RUN})`)
  await mine.getByRole('button', { name: 'Opslaan: De huidige situatie' }).click()
  const conflict = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Iemand anders heeft de financiële afspraak intussen gewijzigd' }) })
  await expect(conflict).toBeVisible()
  await expect(conflict).toContainText(`Groot vertrouwen (${RUN})`)
  await expect(conflict).toContainText(`Wisselend vertrouwen (${RUN})`)
  await expect(page.getByLabel('Vertrouwen of juist wantrouwen tussen gemeenten in de regionale samenwerking')).toHaveValue(`Wisselend vertrouwen (${RUN})`)
  await expectNoA11yViolations(page)
  // Saving again on the new version replaces it on purpose; then the region publishes.
  await page.getByRole('button', { name: 'Opslaan: De huidige situatie' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het onderdeel is opgeslagen.' })).toBeVisible()
  await page.getByRole('button', { name: 'Publiceren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'De financiële afspraak is gepubliceerd.' })).toBeVisible()
})

test('the viewer reads the agreement with the amounts, and the print of the uitvoeringsplan carries it', async ({ page }) => {
  await loginAs(page, DEMO.region_viewer)
  await page.goto(PAGE)
  await expect(page.getByRole('table', { name: 'Hoofdkeuzes van de regio' })).toContainText(`Samen dragen (${RUN})`)
  await expect(page.getByRole('table', { name: /Wat elke gemeente betaalt en ontvangt/ })).toBeVisible()
  await expect(page.getByText('De vier hoofdkeuzes bewerken')).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Keuzematrix met de keuze van de regio' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goto('/regio/zwolle/uitvoeringsplan')
  const section = page.getByRole('region', { name: '6. Financiële afspraak' })
  await expect(section).toBeVisible()
  await expect(section.getByRole('table', { name: 'Hoofdkeuzes van de regio' })).toContainText(`Samen dragen (${RUN})`)
  await expect(section.getByRole('table', { name: /Bedragen per gemeente/ })).toContainText('Kampen')
  await expectNoA11yViolations(page)
})

test('the national view counts the regions per choice: names for the signed in, counts for the public', async ({ page }) => {
  await page.goto('/bouwstenen/5')
  const publicTable = page.getByRole('table', { name: "Financiële risico’s: regio's per optie" })
  // Zwolle and Gooi en Vechtstreek cover risks regionally, Midden-Holland locally (demo + this spec).
  await expect(publicTable.getByRole('row').filter({ hasText: 'Regionaal afdekken' })).toContainText('2')
  await expect(publicTable.getByRole('row').filter({ hasText: 'Lokaal per gemeente' })).toContainText('1')
  await expect(publicTable).not.toContainText('Regio Zwolle')
  await expectNoA11yViolations(page)

  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/bouwstenen/1')
  const table = page.getByRole('table', { name: "Financiële risico’s: regio's per optie" })
  const regional = table.getByRole('row').filter({ hasText: 'Regionaal afdekken' })
  await expect(regional).toContainText('Regio Zwolle')
  await expect(regional).toContainText('Regio Hilversum')
  await expectNoA11yViolations(page)
})
