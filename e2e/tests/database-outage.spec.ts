import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { unavailablePort } from '../playwright.config.ts'

const outageURL = `http://127.0.0.1:${unavailablePort}`

test.describe('when the database cannot be reached', () => {
  test('pages answer 503 with a Dutch explanation and no stack trace', async ({ page }) => {
    for (const path of ['/', '/regio', '/regio/zwolle']) {
      const response = await page.goto(`${outageURL}${path}`)
      expect(response?.status(), path).toBe(503)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tijdelijk niet beschikbaar')
      await expect(page.getByText('kan de database nu niet bereiken')).toBeVisible()
      await expect(page.locator('body')).not.toContainText('ECONNREFUSED')
    }
    await expectNoA11yViolations(page)
  })

  test('the health check answers 503', async ({ request }) => {
    const response = await request.get(`${outageURL}/healthz`)
    expect(response.status()).toBe(503)
  })
})
