import type { Locator } from '@playwright/test'
import { expect, expectNoA11yViolations, expectNoA11yViolationsWithoutJs, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 20, ADR 043: the region page shows one compact table of each indicator's latest figure; the
// series, charts and explanations are on the region's monitoring page.

const LATEST = 'Laatste cijfers van Regio Zwolle en Nederland'

/** A table body's rows as the texts of their header cell and data cells. */
async function rowsOf(table: Locator): Promise<string[][]> {
  await expect(table).toBeVisible()
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())))
}

test('the region page’s latest figures are the last figures of the monitoring page’s series', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await page.goto('/regio/zwolle')
  const latest = await rowsOf(page.getByRole('table', { name: LATEST }))
  expect(latest.length).toBeGreaterThan(5)
  await expectNoA11yViolations(page)

  await page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Monitoring' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monitoring – Regio Zwolle')
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Regio Zwolle' })).toBeVisible()
  for (const [indicator = '', period, region = '', nation] of latest) {
    const series = await rowsOf(page.getByRole('table', { name: `${indicator}: Regio Zwolle en Nederland`, exact: true }))
    // The latest period with a figure of the region.
    const withFigure = series.filter(([, figure]) => figure !== '–')
    const expected = withFigure.at(-1)
    if (!expected) {
      // No value in any period (a partial sum, or only missing or suppressed values): a dash, with the
      // region's coverage when partial, in a period of the series.
      expect(series.map(([shown]) => shown), indicator).toContain(period)
      const partial = /^– \(onvolledig: (\d+) van (\d+) gemeenten\)$/.exec(region)
      if (partial) await expect(page.getByRole('article', { name: indicator, exact: true })).toContainText(`${period} ${partial[1]} van ${partial[2]} gemeenten`)
      else expect(region, indicator).toBe('–')
      continue
    }
    expect([period, region.replace(/ \(onvolledig: .*\)$/, ''), nation], indicator).toEqual(expected)
  }
  await expectNoA11yViolations(page)
})

test('an explained figure links to its explanation on the monitoring page', async ({ page }) => {
  await loginAs(page, DEMO.region_viewer)
  await page.goto('/regio/zwolle')
  const latest = page.getByRole('table', { name: LATEST })
  // The demo explains Zwolle's waiting list only; an indicator without an explanation says so.
  await expect(latest.getByRole('cell', { name: 'nee', exact: true }).first()).toBeVisible()
  await latest.getByRole('link', { name: 'Toelichting bij Wachtlijst beschermd wonen: ja' }).click()
  await expect(page).toHaveURL(/\/regio\/zwolle\/monitoring#indicator-waiting_list_bw$/)
  await expect(page.getByRole('article', { name: 'Wachtlijst beschermd wonen' })).toContainText('Fictieve demotoelichting')
})

test('the monitoring page works without JavaScript, for a visitor and signed in', async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false })
  try {
    const plain = await noScript.newPage()
    await plain.goto('/regio/zwolle')
    await plain.getByRole('link', { name: /^Monitoring: het verloop per indicator/ }).click()
    await expect(plain).toHaveURL(/\/regio\/zwolle\/monitoring$/)
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Monitoring – Regio Zwolle')
    // Public statistics only: each with its table; the tables are the figures without the charts.
    await expect(plain.getByRole('table', { name: /: Regio Zwolle en Nederland$/ }).first()).toBeVisible()
    await expect(plain.getByRole('heading', { level: 3, name: 'Wachtlijst beschermd wonen' })).toHaveCount(0)
    await expect(plain.getByText(/ziet u na inloggen/)).toBeVisible()
    await expectNoA11yViolationsWithoutJs(browser, plain)

    await loginAs(plain, DEMO.region_editor)
    await plain.goto('/regio/zwolle/monitoring')
    await expect(plain.getByRole('heading', { level: 3, name: 'Wachtlijst beschermd wonen' })).toBeVisible()
    await expect(plain.getByRole('table', { name: 'Wachtlijst beschermd wonen: Regio Zwolle en Nederland', exact: true })).toBeVisible()
    await plain.getByRole('link', { name: 'Waarden en toelichtingen invoeren' }).click()
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Indicatoren invoeren voor Regio Zwolle')
  } finally {
    await noScript.close()
  }
})
