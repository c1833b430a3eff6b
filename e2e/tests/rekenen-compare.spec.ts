import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 18: a user compares three scenarios side by side (two saved, one a variation of the first
// on the Wlz withdrawal) with a chart and a table; changing the values recomputes the comparison
// without pressing the button; a value the scenario form refuses gets its Dutch message at the
// field. axe on every page (with the shared reflow check at 320 and 1366 px).

async function saveZwolleScenario(page: Page, name: string, steps: string) {
  await page.goto('/rekenen')
  await page.getByLabel('Landelijk of een regio').selectOption({ label: 'Regio Zwolle' })
  await page.getByLabel('Aantal stappen (1 tot en met 30)').fill(steps)
  await page.getByLabel('Lineair: elk jaar een even grote stap').check()
  await page.getByRole('button', { name: 'Berekenen' }).click()
  await expect(page.getByRole('heading', { name: 'Resultaat voor Regio Zwolle' })).toBeVisible()
  await page.getByLabel('Naam van het scenario').fill(name)
  await page.getByLabel('Alleen ik').check()
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page).toHaveURL(/\/rekenen\/scenario\/[a-z0-9]+$/)
}

test('a user compares three scenarios side by side with a chart and a table', async ({ page }) => {
  test.setTimeout(180_000)
  await loginAs(page, DEMO.region_editor)
  const stamp = Date.now()
  const five = `Vergelijk vijf stappen ${stamp}`
  const ten = `Vergelijk tien stappen ${stamp}`
  await saveZwolleScenario(page, five, '5')
  await saveZwolleScenario(page, ten, '10')

  await page.goto('/rekenen')
  await page.getByRole('link', { name: "scenario's vergelijken" }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Scenario's vergelijken")
  await expectNoA11yViolations(page)

  await page.getByLabel(`${five} (Regio Zwolle)`).check()
  await page.getByLabel(`${ten} (Regio Zwolle)`).check()
  await page.getByLabel('Scenario om te variëren').selectOption({ label: five })
  await page.getByLabel('Parameter').selectOption({ label: 'Wlz-uitname (%)' })
  await page.getByLabel('Waarden').fill('20')
  await page.getByRole('button', { name: 'Vergelijken' }).click()

  // Saved scenarios in the list's order (newest first), then the variation.
  const variation = `${five} – Wlz-uitname (%) 20`
  const figures = page.getByRole('table', { name: 'Kerncijfers per scenario' })
  await expect(figures.getByRole('columnheader')).toHaveText(['Kerncijfer', ten, five, variation])
  await expect(figures.getByRole('row', { name: /^Stappen in het ingroeipad/ })).toHaveText(
    /10\s*5\s*5$/,
  )
  await expect(figures.getByRole('row', { name: /^Wlz-uitname/ })).toContainText('20%')
  await expect(page.getByRole('img', { name: 'Bedrag per jaar per scenario' })).toBeVisible()
  const perYear = page.getByRole('table', { name: 'Bedrag per jaar per scenario' })
  await expect(perYear.getByRole('columnheader')).toHaveText(['Jaar', ten, five, variation])
  // Year zero is the same historical amount for both saved scenarios (same Wlz withdrawal), more
  // with a smaller withdrawal; the five-step paths end five years before the ten-step one.
  const yearZero = await perYear.getByRole('row').nth(1).getByRole('cell').allInnerTexts()
  const euros = (text: string | undefined) =>
    Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.'))
  expect(yearZero[0]).toBe(yearZero[1])
  expect(euros(yearZero[2])).toBeGreaterThan(euros(yearZero[0]))
  await expect(perYear.getByRole('row').last().getByRole('cell')).toHaveText([/€/, '–', '–'])
  await expectNoA11yViolations(page)

  // Changing the values recomputes without the button.
  await page.getByLabel('Waarden').fill('20; 40')
  await expect(figures.getByRole('columnheader')).toHaveCount(5)
  await expect(page).toHaveURL(/waarden=20%3B\+?40/)
  await expect(figures.getByRole('columnheader').last()).toHaveText(`${five} – Wlz-uitname (%) 40`)

  // A value the scenario form refuses: its message at the field, no comparison.
  await page.getByLabel('Waarden').fill('20; 130')
  await page.getByRole('button', { name: 'Vergelijken' }).click()
  await expect(
    page.getByText(
      'Waarde 2 ("130"): Vul voor de Wlz-uitname een percentage in van 0 tot en met 100.',
    ),
  ).toBeVisible()
  await expect(page.getByLabel('Waarden')).toHaveAttribute('aria-invalid', 'true')
  await expect(figures).toHaveCount(0)
  await expectNoA11yViolations(page)
})
