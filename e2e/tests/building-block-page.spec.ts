import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// A building block's own page (issue 13): derived measures that explain themselves and download as
// CSV/JSON, the regions side by side (map, sortable table, chart) for the signed in, related
// indicators, the status trend; an analyst changes the block's text (a note is required, a stale edit
// is a conflict, never an overwrite).
const RUN = Date.now().toString(36)
const SEEDED_MOMENT = 'Stand voor het BO van 7 december 2020'

async function chooseMoment(page: Page, label: string) {
  const select = page.getByLabel('Besluitmoment')
  const value = await select.locator('option', { hasText: label }).getAttribute('value')
  await select.selectOption(value ?? '')
}

test('an anonymous visitor sees block 7’s national figures and trend, but no figure per region', async ({ page }) => {
  await page.goto('/bouwstenen/7')
  await expect(page.getByRole('heading', { level: 3, name: /Gerealiseerde woonplekken in \d{4}/ })).toBeVisible()
  await expect(page.getByText(/^Landelijk [\d,]+%: [\d.]+ van [\d.]+ cliënten/)).toBeVisible()
  await expect(page.getByRole('table', { name: "Regio's naar aandeel beschermd thuis" }).getByRole('row')).toHaveCount(5)
  await expect(page.getByRole('table', { name: 'Aantal onderdelen per status, per besluitmoment' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Indicatoren bij deze bouwsteen' }).getByRole('link', { name: 'Aandeel beschermd thuis' })).toBeVisible()
  await expect(page.getByText("Cijfers per regio komen uit wat de regio's zelf vastleggen")).toBeVisible()
  await expect(page.getByRole('group', { name: /Kaart van de regio's/ })).toHaveCount(0)
  await expect(page.getByText(/Regio Zwolle/)).toHaveCount(0)
  await expectNoA11yViolations(page)

  const json = await page.request.get('/bouwstenen/7/cijfers.json')
  expect(json.headers()['content-type']).toContain('application/json')
  const body = (await json.json()) as { stand_per: { datum: string }; definities: Record<string, string>; kolommen: string[]; rijen: Record<string, unknown>[] }
  expect(body.stand_per.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(body.definities.Waarde).toBeTruthy()
  expect(body.rijen.map((r) => r.Groep)).toEqual(expect.arrayContaining(['totaal', 'landelijk', 'zonder cijfer']))
  expect(JSON.stringify(body.rijen)).not.toContain('Regio ')
  const csv = await page.request.get('/bouwstenen/7/cijfers.csv')
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(await csv.text()).toContain('Aandeel beschermd thuis')
  const regions = await page.request.get('/bouwstenen/7/regios.csv', { maxRedirects: 0 })
  expect(regions.status()).toBe(302)
  expect(regions.headers().location).toMatch(/^\/inloggen\?terug=/)

  // The page's other tables download too: the trend and the related indicators for anyone, the agreements signed in.
  const trend = (await (await page.request.get('/bouwstenen/7/verloop.csv')).text()).trim().split('\r\n')
  expect(trend[0]).toContain('Besluitmoment,Datum')
  expect(trend.some((line) => line.startsWith(`"${SEEDED_MOMENT}"`) || line.startsWith(SEEDED_MOMENT))).toBe(true)
  const indicators = (await (await page.request.get('/bouwstenen/7/indicatoren.json')).json()) as { definities: Record<string, string>; rijen: Record<string, unknown>[] }
  expect(indicators.rijen.map((r) => r.Sleutel)).toContain('bw_home_share')
  expect(indicators.definities.Herkomst).toBeTruthy()
  const agreements = await page.request.get('/bouwstenen/7/afspraken.csv', { maxRedirects: 0 })
  expect(agreements.status()).toBe(302)
})

test('an analyst compares the regions of block 7 on a map, in a sortable table and a chart, and downloads them', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/bouwstenen/7')
  const map = page.getByRole('group', { name: /Kaart van de regio's: aandeel beschermd thuis/ })
  await expect(map.locator('a > path')).toHaveCount(44)
  await expect(map.getByRole('link', { name: /^Regio Zwolle: [\d,]+%$/ })).toHaveCount(1)
  const table = page.getByRole('table', { name: /De regio's naast elkaar \(44\)/ })
  await expect(table.getByRole('row')).toHaveCount(45)
  await expect(page.getByRole('table', { name: 'Aandeel beschermd thuis per regio' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: "Afspraken van de regio's" })).toBeVisible()
  await expectNoA11yViolations(page)

  await table.getByRole('link', { name: /Gerealiseerde woonplekken/ }).click()
  await expect(table.getByRole('columnheader', { name: /Gerealiseerde woonplekken/ })).toHaveAttribute('aria-sort', 'ascending')
  await page.getByLabel('Kleur de kaart en de grafiek naar').selectOption('woonplekken')
  await page.getByRole('button', { name: 'Tonen' }).last().click()
  await expect(page).toHaveURL(/meting=woonplekken/)
  await expect(page.getByRole('group', { name: /Kaart van de regio's: gerealiseerde woonplekken/ })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Gerealiseerde woonplekken per regio' })).toBeVisible()
  await expectNoA11yViolations(page)

  const csv = await page.request.get('/bouwstenen/7/regios.csv')
  const lines = (await csv.text()).trim().split('\r\n')
  expect(lines[0]).toContain('Aandeel beschermd thuis (%)')
  expect(lines).toHaveLength(45)
  const json = (await (await page.request.get('/bouwstenen/7/regios.json')).json()) as { definities: Record<string, string>; rijen: Record<string, unknown>[] }
  expect(json.definities['Gepubliceerde afspraken bij deze bouwsteen (aantal)']).toContain('gepubliceerde')
  expect(json.rijen.find((r) => r.Regio === 'Regio Zwolle')).toBeTruthy()
  const agreements = (await (await page.request.get('/bouwstenen/7/afspraken.json')).json()) as { definities: Record<string, string>; rijen: Record<string, unknown>[] }
  expect(agreements.rijen.length).toBeGreaterThan(0)
  expect(agreements.definities.Stadium).toBeTruthy()
})

test('an analyst changes a block’s implementation text with a note; without a note it is refused, a stale edit is a conflict', async ({ page, browser }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/bouwstenen/10')
  await page.getByRole('link', { name: 'Toelichting en implementatie wijzigen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Toelichting en implementatie wijzigen' })).toBeVisible()
  await expectNoA11yViolations(page)

  // A second analyst session opens the same form before the first saves.
  const other = await browser.newContext()
  const stale = await other.newPage()
  await loginAs(stale, DEMO.vng_analyst)
  await stale.goto('/bouwstenen/10/tekst')

  await chooseMoment(page, SEEDED_MOMENT)
  await page.getByLabel('Implementatie', { exact: true }).fill(`Geen nieuwe regio's gemeld (${RUN})`)
  await page.getByRole('button', { name: 'Tekst opslaan' }).click()
  await expect(page.getByText('Geef een toelichting bij de wijziging.')).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByLabel('Toelichting bij de wijziging').fill(`Bijgewerkt na navraag (${RUN})`)
  await page.getByRole('button', { name: 'Tekst opslaan' }).click()
  await expect(page).toHaveURL(/\/bouwstenen\/10\?tekst=gewijzigd$/)
  await expect(page.getByText(`Geen nieuwe regio's gemeld (${RUN})`).first()).toBeVisible()
  await expect(page.getByText(`Toelichting bij de wijziging: Bijgewerkt na navraag (${RUN})`)).toBeVisible()
  await expectNoA11yViolations(page)

  await chooseMoment(stale, SEEDED_MOMENT)
  await stale.getByLabel('Implementatie', { exact: true }).fill(`Oude invoer (${RUN})`)
  await stale.getByLabel('Toelichting bij de wijziging').fill('Later opgeslagen')
  await stale.getByRole('button', { name: 'Tekst opslaan' }).click()
  await expect(stale.getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' })).toBeVisible()
  await expect(stale.getByRole('table', { name: 'Opgeslagen versie naast uw invoer' })).toContainText(`Geen nieuwe regio's gemeld (${RUN})`)
  await expect(stale.getByLabel('Implementatie', { exact: true })).toHaveValue(`Oude invoer (${RUN})`)
  await expectNoA11yViolations(stale)
  await other.close()
})

test('the region map can be drawn under the indeling of a decision moment', async ({ page }) => {
  await page.goto('/regio')
  await page.getByLabel('Regio-indeling van de kaart per').selectOption({ label: `7 december 2020: ${SEEDED_MOMENT}` })
  await page.getByRole('button', { name: 'Tonen' }).click()
  await expect(page).toHaveURL(/kaartper=\d+/)
  await expect(page.getByText(/Inwoners per regio, indeling van /)).toBeVisible()
  await expect(page.getByRole('group', { name: /Kaart van de regio's/ }).locator('a > path').first()).toBeVisible()
  await expectNoA11yViolations(page)
})
