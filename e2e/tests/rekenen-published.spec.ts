import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 18 item 5: a user enters Regio Zwolle's published amounts (BW + MO, DOMAIN.md §8:
// €140,096,291 → €113,750,051) and sees the 2026 step, €126,923,171, with the members adding up to
// the region's amount each year. axe on every page.

test('a user enters a region’s published amounts and sees the 2026 step with the members adding up', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await loginAs(page, DEMO.region_editor)
  await expectNoA11yViolations(page)
  await page.goto('/rekenen')
  await expectNoA11yViolations(page)
  await page.getByLabel('Landelijk of een regio').selectOption({ label: 'Regio Zwolle' })
  await page.getByLabel('Jaar van stap 1').fill('2022')
  await page.getByLabel('Historisch bedrag van de regio (euro)').fill('140.096.291')
  await page.getByLabel('Objectief bedrag van de regio (euro)').fill('113.750.051')
  await page.getByRole('button', { name: 'Berekenen' }).click()

  await expect(page.getByRole('heading', { name: 'Resultaat voor Regio Zwolle' })).toBeVisible()
  await expect(page.getByText('berekend uit de gepubliceerde bedragen')).toBeVisible()
  const path = page.getByRole('table', { name: 'Budget per jaar' })
  await expect(path.getByRole('row', { name: /2021 \(stap 0\)/ })).toContainText(/€\s140\.096\.291/)
  await expect(path.getByRole('row', { name: /2026 \(stap 5\)/ })).toContainText(/€\s126\.923\.171/)
  await expect(path.getByRole('row', { name: /2031 \(stap 10\)/ })).toContainText(/€\s113\.750\.051/)
  await expect(
    page.getByRole('table', { name: 'Historisch en objectief per regio' }),
  ).toContainText('-18,81%')

  await page.getByText('Bedrag per gemeente per jaar', { exact: true }).click()
  const members = page.getByRole('table', {
    name: 'Bedrag per gemeente per jaar van het ingroeipad',
  })
  const sumRow = members.getByRole('row', { name: /Som van de gemeenten/ })
  const regionRow = members.getByRole('row', { name: /^Regio Zwolle/ })
  const cells = async (row: typeof sumRow) => row.getByRole('cell').allInnerTexts()
  const sums = await cells(sumRow)
  expect(sums).toHaveLength(11)
  expect(sums[5]).toContain('126.923.171')
  expect(sums).toEqual(await cells(regionRow))
  await expectNoA11yViolations(page)
})

test('a user types the MO part of the published amounts and it stays with the centrumgemeente', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, DEMO.region_editor)
  await page.goto('/rekenen')
  await page.getByLabel('Landelijk of een regio').selectOption({ label: 'Regio Zwolle' })
  await page.getByLabel('Jaar van stap 1').fill('2022')
  await page.getByLabel('Historisch bedrag van de regio (euro)').fill('140.096.291')
  await page.getByLabel('Objectief bedrag van de regio (euro)').fill('113.750.051')
  // Only one MO part: refused on the other field, with the form kept.
  await page.getByLabel('Waarvan MO, historisch (euro)').fill('30.000.000')
  await page.getByRole('button', { name: 'Berekenen' }).click()
  await expect(page.getByText('Vul ook het MO-deel van het objectieve bedrag in', { exact: false }).first()).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByLabel('Waarvan MO, objectief (euro)').fill('25.000.000')
  await page.getByRole('button', { name: 'Berekenen' }).click()

  await expect(page.getByRole('heading', { name: 'Resultaat voor Regio Zwolle' })).toBeVisible()
  await expect(page.getByText(/Het MO-deel \(ingevuld: historisch €\s30\.000\.000,00, objectief €\s25\.000\.000,00\) blijft bij de centrumgemeente/)).toBeVisible()
  const path = page.getByRole('table', { name: 'Budget per jaar' })
  await expect(path.getByRole('row', { name: /2026 \(stap 5\)/ })).toContainText(/€\s126\.923\.171/)
  await expectNoA11yViolations(page)
})
