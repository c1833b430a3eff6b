import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 12 item 5, progress on large files (ADR 038): an analyst checks a file of every municipality
// over eight half-years (2,736 rows, checked in batches of 500): the page counts the rows checked up to
// all of them, names errors from different batches by the file's own row and column, then the fixed
// file's preview and its all-or-nothing commit. Without JavaScript the same page checks and commits in
// one request. Periods 2001-2004 (and 2000 without JavaScript) are this spec's own: no other spec or
// demo data writes Wmo clients for them.
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const HEADER = 'indicator,niveau,gebiedscode,periode,waarde,status,bron'
const CODES = readFileSync(new URL('../../packages/db/src/seed-data/gemeenten_kwb2024.csv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '')
  .filter((code) => /^GM\d{4}$/.test(code))
const PERIODS = ['2001', '2002', '2003', '2004'].flatMap((year) => [`${year}-H1`, `${year}-H2`])
const LARGE = PERIODS.flatMap((period) => CODES.map((code, i) => `wmo_clients,gemeente,${code},${period},${100 + i},,CBS 86050NED (e2e voortgang)`))
const TOTAL = LARGE.length.toLocaleString('nl-NL')
const csv = (rows: string[], name = 'wmo-groot.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n') })

async function check(page: Page, rows: string[]) {
  await page.getByLabel('Spreadsheet').setInputFiles(csv(rows))
  await page.getByRole('button', { name: 'Controleren' }).click()
}

test('a large file shows its rows checked batch by batch, errors by row and column, then the preview and the commit', async ({ page }) => {
  expect(CODES).toHaveLength(342)
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/indicatoren/importeren')
  await expect(page.getByRole('heading', { level: 1, name: 'Indicatorwaarden importeren' })).toBeVisible()

  // Row 3 (first batch) and row 2,501 (fifth batch) are wrong: both named, nothing stored.
  const bad = [...LARGE]
  bad[1] = bad[1]!.replace(/GM\d{4}/, 'GM9999')
  bad[2499] = bad[2499]!.replace(/2004-H\d/, '2004-H3')
  await check(page, bad)
  const status = page.getByRole('status').filter({ hasText: 'rijen gecontroleerd' })
  await expect(status).toHaveText(`${TOTAL} van ${TOTAL} rijen gecontroleerd`, { timeout: 120_000 })
  await expect(page.getByRole('progressbar', { name: 'Voortgang van de controle' })).toHaveAttribute('value', String(LARGE.length))
  const errors = page.getByRole('region', { name: 'Fouten' })
  await expect(errors.getByRole('row', { name: /^3 gebiedscode / })).toContainText('GM9999 bestaat niet')
  await expect(errors.getByRole('row', { name: /^2501 periode / })).toContainText('2004-H3')
  await expect(page.getByText(`wmo-groot.csv: ${TOTAL} rijen gelezen, 2 fouten`)).toBeVisible()
  await expectNoA11yViolations(page)

  await check(page, LARGE)
  await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible({ timeout: 120_000 })
  await expect(status).toHaveText(`${TOTAL} van ${TOTAL} rijen gecontroleerd`)
  await expect(page.getByText(new RegExp(`wmo-groot\\.csv: ${TOTAL.replace('.', '\\.')} rijen; `))).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByRole('button', { name: 'Importeren', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'De waarden zijn opgeslagen' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText(new RegExp(`^${TOTAL.replace('.', '\\.')} rijen: `))).toBeVisible()
  await expect(status).toHaveCount(0)

  await page.goto('/indicatoren/wmo_clients?periode=2003-H2')
  const municipalities = page.getByRole('table', { name: /per gemeente, 2003-H2/ })
  await expect(municipalities.getByRole('row', { name: /^Zwolle GM0193/ })).toContainText(String(100 + CODES.indexOf('GM0193')))
})

test('without JavaScript the page checks and commits a file in one request each', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/indicatoren/importeren')
  const rows = ['GM0193', 'GM0166', 'GM0148'].map((code) => `wmo_clients,gemeente,${code},2000-H2,42,,CBS 86050NED (e2e zonder JavaScript)`)
  await check(page, [...rows.slice(0, 2), rows[2]!.replace('2000-H2', '2000-Q5')])
  await expect(page.getByRole('region', { name: 'Fouten' }).getByRole('row', { name: /^4 periode / })).toBeVisible()
  await check(page, rows)
  await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible()
  await expect(page.getByText('3 rijen; 3 nieuw, 0 gewijzigd, 0 ongewijzigd')).toBeVisible()
  await page.getByRole('button', { name: 'Importeren', exact: true }).click()
  await expect(page.getByText('3 rijen: 3 nieuw, 0 gewijzigd, 0 ongewijzigd')).toBeVisible()
  await context.close()
})
