import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 12 item 3: an indicator computed from the records lists, per region, the records that made its
// figure (published only); anonymous visitors see the national figure and no region's records.
test.describe.configure({ timeout: 90_000 })

test('an analyst reads which of a region’s records make its figure, from the indicator page and the region’s monitoring page', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/indicatoren/conditions_covered')
  const comparison = page.getByRole('table', { name: /per regio/ })
  await comparison.getByRole('link', { name: 'Registraties van Regio Zwolle' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Registraties van Regio Zwolle' })).toBeVisible()
  const records = page.getByRole('table', { name: /Registraties achter .*Regio Zwolle/ })
  await expect(records.getByRole('row')).toHaveCount(9) // a header and the eight conditions
  const counted = await records.getByRole('row').filter({ has: page.getByRole('cell', { name: 'ja', exact: true }) }).count()
  await expect(page.getByText(`${counted} van 8 tellen mee`)).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goto('/regio/zwolle/monitoring')
  await page.getByRole('article').filter({ hasText: 'Regiovisie vastgesteld door alle raden' }).getByRole('link', { name: 'welke registraties tellen mee' }).click()
  const councils = page.getByRole('table', { name: /Registraties achter Regiovisie vastgesteld door alle raden, Regio Zwolle/ })
  await expect(councils.getByRole('rowheader', { name: 'Kampen' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('an anonymous visitor gets no region’s records', async ({ page }) => {
  await page.goto('/indicatoren/conditions_covered?registraties=GM0193')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Registraties van/ })).toHaveCount(0)
  await expect(page.getByText(/ziet u na inloggen/)).toBeVisible()
  await expectNoA11yViolations(page)
})
