import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 12's journeys: an analyst imports CBS-style figures (refused by row and column, then committed,
// then re-imported unchanged); Zwolle's editor enters Zwolle's figure and not Groningen's; an anonymous
// visitor sees the national figure but no region-reported value per region.
// Each journey visits several pages with an axe scan at two widths: on a loaded machine that takes over 30 s.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const HEADER = 'indicator,niveau,gebiedscode,periode,waarde,status,bron'
const GOOD_ROWS = [
  'wmo_clients,gemeente,GM0193,2024-H2,6100,,CBS 86050NED',
  'wmo_clients,gemeente,GM0166,2024-H2,3250,,CBS 86050NED',
  'wmo_clients,gemeente,GM0148,2024-H2,.,,CBS 86050NED',
  'wmo_clients,landelijk,NL,2024-H2,1200005,voorlopig,CBS 86050NED',
]
const csv = (rows: string[]) => ({ name: 'wmo.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n') })
/** A value only Zwolle's editor enters, so its absence can be checked anywhere. */
const ZWOLLE_WAITING_LIST = '4711'

async function check(page: Page, rows: string[]) {
  await page.getByLabel('Spreadsheet').setInputFiles(csv(rows))
  await page.getByRole('button', { name: 'Controleren' }).click()
}

test('an analyst imports CBS figures: errors named by row and column, then all at once, then unchanged', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/indicatoren')
  await expect(page.getByRole('heading', { level: 1, name: 'Indicatoren' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByRole('link', { name: 'Waarden importeren (CSV of Excel)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Indicatorwaarden importeren' })).toBeVisible()
  await expectNoA11yViolations(page)

  const bad = [...GOOD_ROWS]
  bad[1] = 'wmo_clients,gemeente,GM9999,2024-H2,3250,,CBS 86050NED'
  bad[2] = 'wmo_clients,gemeente,GM0148,2024-Q5,.,,CBS 86050NED'
  await check(page, bad)
  const errors = page.getByRole('region', { name: 'Fouten' })
  await expect(errors.getByRole('row', { name: /^3 gebiedscode / })).toContainText('GM9999 bestaat niet')
  await expect(errors.getByRole('row', { name: /^4 periode / })).toContainText('een jaar heeft vier kwartalen')
  await expect(errors.getByRole('row')).toHaveCount(3)
  await expect(page.getByText(/Er is niets opgeslagen/)).toBeVisible()
  await expectNoA11yViolations(page)

  await check(page, GOOD_ROWS)
  await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible()
  await expect(page.getByText('4 nieuw, 0 gewijzigd, 0 ongewijzigd')).toBeVisible()
  await page.getByRole('button', { name: 'Importeren', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'De waarden zijn opgeslagen' })).toBeVisible()
  await expect(page.getByText('4 rijen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd')).toBeVisible()

  await check(page, GOOD_ROWS)
  await expect(page.getByText('0 nieuw, 0 gewijzigd, 4 ongewijzigd')).toBeVisible()
  await page.getByRole('button', { name: 'Importeren', exact: true }).click()
  await expect(page.getByText('4 rijen: 0 nieuw, 0 gewijzigd, 4 ongewijzigd')).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goto('/indicatoren/wmo_clients?periode=2024-H2')
  await expect(page.getByRole('heading', { level: 1, name: 'Wmo-cliënten totaal' })).toBeVisible()
  const national = page.getByRole('table', { name: 'Wmo-cliënten totaal, landelijk' })
  await expect(national.getByRole('row', { name: /2024-H2/ })).toContainText('1.200.005')
  await expect(page.getByRole('img', { name: /Wmo-cliënten totaal, landelijk/ }).or(page.locator('canvas[aria-label*="landelijk"]')).first()).toBeVisible()
  const municipalities = page.getByRole('table', { name: /per gemeente, 2024-H2/ })
  await expect(municipalities.getByRole('row', { name: /^Zwolle GM0193/ })).toContainText('6.100')
  await expect(municipalities.getByRole('row', { name: /^Dalfsen GM0148/ })).toContainText('geheim')
  await expectNoA11yViolations(page)
})

test('an analyst corrects a municipal figure and reads its earlier value from the municipality table', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/indicatoren/importeren')
  await check(page, ['wmo_clients,gemeente,GM0193,2024-H2,6150,,CBS 86050NED (gecorrigeerd)'])
  await expect(page.getByText('0 nieuw, 1 gewijzigd, 0 ongewijzigd')).toBeVisible()
  await page.getByRole('button', { name: 'Importeren', exact: true }).click()
  await expect(page.getByText('1 rijen: 0 nieuw, 1 gewijzigd, 0 ongewijzigd')).toBeVisible()

  await page.goto('/indicatoren/wmo_clients?periode=2024-H2')
  const municipalities = page.getByRole('table', { name: /per gemeente, 2024-H2/ })
  await municipalities.getByRole('link', { name: 'Versie 2 van Zwolle: eerdere waarden' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Waarden van Zwolle in 2024-H2' })).toBeVisible()
  const earlier = page.getByRole('table', { name: /Eerdere waarden van Wmo-cliënten totaal, Zwolle/ })
  await expect(earlier.getByRole('row', { name: /^1 / })).toContainText('6.100')
  await expect(earlier.getByRole('row', { name: /^1 / })).toContainText('CBS 86050NED')
  await expectNoA11yViolations(page)
})

test('a region editor enters a figure for Zwolle and cannot for Groningen', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await page.goto('/regio/zwolle')
  await page.getByRole('link', { name: 'Waarden en toelichtingen invoeren' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Indicatoren invoeren voor Regio Zwolle' })).toBeVisible()
  await page.getByLabel('Periode', { exact: true }).fill('2026-H2')
  await page.getByRole('button', { name: 'Kies periode' }).click()
  await expect(page).toHaveURL(/periode=2026-H2/)
  await expectNoA11yViolations(page)

  const waiting = page.getByRole('group', { name: 'Wachtlijst beschermd wonen' })
  await waiting.getByLabel('Status').selectOption('final')
  await waiting.getByLabel('Waarde').fill(ZWOLLE_WAITING_LIST)
  const wait = page.getByRole('group', { name: 'Wachttijd opvang' })
  await wait.getByLabel('Status').selectOption('final')
  await wait.getByLabel('Teller').fill('120')
  await wait.getByLabel('Noemer').fill('0')
  await page.getByRole('button', { name: 'Waarden opslaan' }).click()
  await expect(wait.getByText(/De noemer is 0/)).toBeVisible()
  await expectNoA11yViolations(page)

  await wait.getByLabel('Status').selectOption('missing')
  await wait.getByLabel('Teller').fill('')
  await wait.getByLabel('Noemer').fill('')
  await waiting.getByLabel('Waarde').fill('4700')
  await waiting.getByLabel('Status').selectOption('final')
  await page.getByRole('button', { name: 'Waarden opslaan' }).click()
  await expect(page.getByText('Opgeslagen: 1 waarden nieuw of gewijzigd.')).toBeVisible()

  // A correction keeps the earlier value, shown with who entered it.
  await page.getByRole('group', { name: 'Wachtlijst beschermd wonen' }).getByLabel('Waarde').fill(ZWOLLE_WAITING_LIST)
  await page.getByRole('button', { name: 'Waarden opslaan' }).click()
  await expect(page.getByText('Opgeslagen: 1 waarden nieuw of gewijzigd.')).toBeVisible()
  await expect(page.getByText(/^Versie 2, ingevoerd door/).first()).toBeVisible()
  await page.getByText('Eerdere waarden van Wachtlijst beschermd wonen (1)').click()
  const earlier = page.getByRole('table', { name: /Eerdere waarden van Wachtlijst beschermd wonen/ })
  await expect(earlier.getByRole('row', { name: /^1 4\.700/ })).toBeVisible()
  await expectNoA11yViolations(page)

  const response = await page.goto('/regio/groningen/indicatoren?periode=2026-H2')
  expect(response?.status()).toBe(403)
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('an anonymous visitor sees the national figure and no region-reported value per region', async ({ page }) => {
  await page.goto('/indicatoren/wmo_clients')
  await expect(page.getByRole('table', { name: 'Wmo-cliënten totaal, landelijk' }).getByRole('row', { name: /^2024 / })).toContainText('1.284.680')
  await expectNoA11yViolations(page)

  await page.goto('/indicatoren/waiting_list_bw')
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtlijst beschermd wonen' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Wachtlijst beschermd wonen, landelijk' })).toBeVisible()
  await expect(page.getByText(/ziet u na inloggen/)).toBeVisible()
  await expect(page.getByRole('heading', { name: /Regio's in/ })).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(ZWOLLE_WAITING_LIST)
  await expectNoA11yViolations(page)

  const download = await page.request.get('/indicatoren/waiting_list_bw/export.csv')
  const text = await download.text()
  expect(text).not.toMatch(/,regio,/)
  expect(text).not.toContain(ZWOLLE_WAITING_LIST)

  // The region page's latest figures and its monitoring page's series: public statistics only.
  await page.goto('/regio/zwolle')
  await expect(page.getByRole('heading', { level: 2, name: 'Indicatoren' })).toBeVisible()
  const latest = page.getByRole('table', { name: 'Laatste cijfers van Regio Zwolle en Nederland' })
  await expect(latest.getByRole('rowheader').first()).toBeVisible()
  await expect(latest.getByRole('rowheader', { name: 'Wachtlijst beschermd wonen' })).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(ZWOLLE_WAITING_LIST)
  await expectNoA11yViolations(page)

  await page.goto('/regio/zwolle/monitoring')
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Wachtlijst beschermd wonen' })).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(ZWOLLE_WAITING_LIST)
  await expectNoA11yViolations(page)
})
