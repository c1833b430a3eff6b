import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

test.describe('the region map', () => {
  test('an anonymous visitor sees a map of inhabitants with a region per path, each a link reachable by keyboard', async ({ page }) => {
    test.slow() // 44 focus steps with a style check each
    await page.goto('/regio')
    const map = page.getByRole('group', { name: /Kaart van de regio's: inwoners/ })
    const regions = map.getByRole('link')
    await expect(regions).toHaveCount(44)
    await expect(map.locator('a > path')).toHaveCount(44)
    await expect(regions.filter({ has: page.locator('path') })).toHaveCount(44)
    // Every region is named with its value in words; only the public statistic is shown.
    await expect(map.getByRole('link', { name: /^Regio Zwolle: [\d.]+ inwoners$/ })).toHaveCount(1)
    await expect(page.getByRole('list', { name: 'Legenda: Inwoners' }).getByRole('listitem')).toHaveCount(5)
    await expect(page.getByRole('table', { name: "Regio's met hun centrumgemeente en omvang" })).toBeVisible()
    await expectNoA11yViolations(page)

    // Tab walks through all 44 regions in turn, each with a visible focus.
    await regions.first().focus()
    const names = new Set<string>()
    for (let i = 0; i < 44; i++) {
      const focused = page.locator(':focus')
      const name = (await focused.getAttribute('aria-label')) ?? ''
      expect(name).toMatch(/^.+: [\d.]+ inwoners$/)
      names.add(name)
      const stroke = await focused.locator('path').evaluate((p) => getComputedStyle(p).stroke)
      expect(stroke).toBe('rgb(0, 0, 0)')
      await page.keyboard.press('Tab')
    }
    expect(names.size).toBe(44)

    await map.getByRole('link', { name: /^Regio Zwolle:/ }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/regio\/zwolle$/)
  })

  test('an anonymous visitor cannot download the region table, and can download the public region list', async ({ page }) => {
    const response = await page.request.get('/regio/export.csv', { maxRedirects: 0 })
    expect(response.status()).toBe(302)
    expect(response.headers().location).toMatch(/^\/inloggen\?terug=/)
    // The public region list (reference data) downloads for anyone, without what regions report.
    const list = (await (await page.request.get('/regio/lijst.csv')).text()).trim().split('\r\n')
    expect(list[0]).toBe('Regio,Centrumgemeente (code),Centrumgemeente,Provincie,Gemeenten,Inwoners')
    expect(list).toHaveLength(45)
    const json = (await (await page.request.get('/regio/lijst.json')).json()) as { definities: Record<string, string> }
    expect(json.definities.Inwoners).toContain('peildatum')
  })
})

test.describe('the national region table', () => {
  test('an analyst compares the regions, sorts, filters, colours the map and exports the table', async ({ page }) => {
    test.slow() // two axe scans of a page with some 700 links, on a shared machine
    await loginAs(page, DEMO.vng_analyst)
    await page.goto('/regio')
    const table = page.getByRole('table', { name: /Regio's naast elkaar/ })
    await expect(table.getByRole('row')).toHaveCount(45)
    await expectNoA11yViolations(page)

    // Every cell links to the region.
    const zwolle = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Regio Zwolle' }) })
    const cellLinks = zwolle.getByRole('cell').getByRole('link')
    await expect(cellLinks).toHaveCount(await zwolle.getByRole('cell').count())

    // Sort by overdue agreements, most first, then back.
    await table.getByRole('link', { name: /^Over datum/ }).click()
    await expect(table.getByRole('columnheader', { name: /^Over datum/ })).toHaveAttribute('aria-sort', 'ascending')
    await table.getByRole('link', { name: /^Over datum/ }).click()
    await expect(table.getByRole('columnheader', { name: /^Over datum/ })).toHaveAttribute('aria-sort', 'descending')
    const overdue = await table.getByRole('row').locator('td:nth-child(12)').allInnerTexts()
    const counts = overdue.map(Number)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    await table.getByRole('link', { name: /^Regio/ }).first().click()
    await expect(table.getByRole('columnheader', { name: /^Regio/ }).first()).toHaveAttribute('aria-sort', 'ascending')
    const names = await table.getByRole('rowheader').allInnerTexts()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true })))

    // Filter by province and colour the map by the conditions covered.
    await page.getByLabel('Provincie').selectOption('Overijssel')
    await page.getByLabel('Kaart kleuren naar').selectOption('voorwaarden')
    await page.getByRole('button', { name: 'Toepassen' }).click()
    await expect(page).toHaveURL(/provincie=Overijssel/)
    const rows = table.getByRole('row')
    await expect(rows).not.toHaveCount(45)
    for (const province of await rows.locator('td:nth-child(2)').allInnerTexts()) expect(province).toBe('Overijssel')
    const map = page.getByRole('group', { name: /Kaart van de regio's: voorwaarden gedekt/ })
    await expect(map.locator('a > path')).toHaveCount(44)
    await expect(map.getByRole('link', { name: /^Regio Zwolle: (\d+ van de 8 voorwaarden|geen gegevens)$/ })).toHaveCount(1)
    await expectNoA11yViolations(page)

    // The CSV holds the filtered rows with the page's columns.
    const csv = await page.request.get(`/regio/export.csv?provincie=Overijssel`)
    expect(csv.headers()['content-type']).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toContain('Regio,Centrumgemeente (code),Provincie,NvO 1 Regiovisie (niveau)')
    expect(lines.length - 1).toBe((await rows.count()) - 1)
    expect(lines.slice(1).every((line) => line.includes(',Overijssel,'))).toBe(true)

    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Excel (XLSX)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^regios-\d{4}-\d{2}-\d{2}\.xlsx$/)
  })
})
