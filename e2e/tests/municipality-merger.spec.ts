import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 12: an administrator records a municipal merger on its own page. Field-level Dutch errors
// first (nothing stored), then the merger, which the municipality's page and the list show.
// The merger starts in 2031 and merges two Wadden islands no other spec uses. It adds an indeling version,
// so it runs last, after the indeling import (its own project in playwright.config.ts).
test.describe.configure({ timeout: 90_000 })

test('an administrator records a merger: errors per field, then the new municipality from its date', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/beheer/gemeenten')
  await expectNoA11yViolations(page)
  await page.getByRole('link', { name: 'Samenvoeging vastleggen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Samenvoeging vastleggen' })).toBeVisible()
  await expectNoA11yViolations(page)

  const code = page.getByLabel('Code van de nieuwe gemeente')
  const merged = page.getByLabel('Gemeenten die opgaan in de nieuwe gemeente')
  await code.fill('Wadden')
  await page.getByLabel('Naam van de nieuwe gemeente').fill('Waddeneilanden')
  await page.getByLabel('Provincie').fill('Friesland')
  await page.getByLabel('Ingangsdatum').fill('2031-01-01')
  await merged.fill('GM0060, GM88')
  await page.getByRole('button', { name: 'Samenvoeging vastleggen' }).click()
  await expect(code).toHaveAccessibleDescription(/Een gemeentecode bestaat uit GM en vier cijfers/)
  await expect(merged).toHaveAccessibleDescription(/GM88: Een gemeentecode bestaat uit GM en vier cijfers/)
  await expect(page.getByLabel('Regio van de nieuwe gemeente')).toHaveAccessibleDescription(/Kies de regio/)
  await expect(page.getByLabel('Naam van de nieuwe gemeente')).toHaveValue('Waddeneilanden')
  await expectNoA11yViolations(page)

  // Valid shapes, but a code that exists and a merged code that does not: the API names the field.
  await code.fill('GM0080')
  await merged.fill('GM0060, GM0088')
  await page.getByLabel('Regio van de nieuwe gemeente').selectOption({ label: 'Regio Leeuwarden' })
  await page.getByRole('button', { name: 'Samenvoeging vastleggen' }).click()
  await expect(code).toHaveAccessibleDescription(/Gemeentecode GM0080 bestaat al/)
  await code.fill('GM9060')
  await merged.fill('GM0060, GM9999')
  await page.getByRole('button', { name: 'Samenvoeging vastleggen' }).click()
  await expect(merged).toHaveAccessibleDescription(/Gemeentecode GM9999 bestaat niet/)
  await expectNoA11yViolations(page)

  await merged.fill('GM0060, GM0088')
  await page.getByRole('button', { name: 'Samenvoeging vastleggen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Waddeneilanden (GM9060)' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('De samenvoeging is vastgelegd')
  await expect(page.getByLabel('Bestaat vanaf')).toHaveValue('2031-01-01')
  await expectNoA11yViolations(page)

  await page.goto('/beheer/gemeenten')
  const list = page.getByRole('table', { name: 'Gemeenten en hun geldigheid' })
  await expect(list.getByRole('row', { name: /GM9060 Waddeneilanden/ })).toContainText('vanaf 1 januari 2031')
  await expect(list.getByRole('row', { name: /GM0088 Schiermonnikoog/ })).toContainText('tot 1 januari 2031')
})
