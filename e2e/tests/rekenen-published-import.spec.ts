import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 18 item 5: an administrator imports Regio Zwolle's published amounts and the
// Wmo-integratie-uitkering from a sheet (checked first: errors name the sheet's own row numbers),
// then a user computes Zwolle's path from them on /rekenen: the 2026 step is €126,923,171 and the
// members, sharing by their published objective amounts, add up to the region every year.

const ZWOLLE_MEMBERS = ['GM0148', 'GM0160', 'GM0166', 'GM0175', 'GM0180', 'GM0193', 'GM1708', 'GM1896']

/** €113,750,051 over the eight members: Zwolle 45,500,020, the others 9,750,004 and the rest to the last. */
function zwolleCsv(): string {
  const others = ZWOLLE_MEMBERS.filter((code) => code !== 'GM0193')
  const lines = ZWOLLE_MEMBERS.map((code) => {
    // Zwolle's MO part is illustrative: €30,000,000 of the historical, €25,000,000 of the objective.
    if (code === 'GM0193') return `${code};140.096.291;45.500.020;30.000.000;25.000.000;8.100.000`
    const objective = code === others.at(-1) ? 113_750_051 - 45_500_020 - 9_750_004 * 6 : 9_750_004
    return `${code};;${objective};;;1.250.000,50`
  })
  return ['gemeentecode;historisch;objectief;historisch_mo;objectief_mo;wmo_integratie_uitkering', ...lines].join('\n')
}

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') })

test('an administrator imports published amounts, checked first; Zwolle’s path follows them', async ({ page }) => {
  test.setTimeout(180_000)
  await loginAs(page, DEMO.admin)
  await page.goto('/beheer/rekendata')
  await page.getByRole('link', { name: 'gepubliceerde bedragen importeren' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gepubliceerde bedragen importeren')
  await expectNoA11yViolations(page)

  // A bad sheet: a blank line (row 3) still counts, so the bad amount is in row 5 as the sheet shows.
  const good = zwolleCsv().split('\n')
  const bad = [good[0], good[1], '', good[2], `${ZWOLLE_MEMBERS[2]};;heel veel;;;`, good[3]].join('\n')
  await page.getByLabel('Spreadsheet').setInputFiles(file('zwolle-fout.csv', bad))
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect(page.getByRole('heading', { name: 'Het bestand bevat fouten' })).toBeVisible()
  const errors = page.getByRole('table', { name: /fout/ })
  await expect(errors.getByRole('row', { name: /^5 objectief/ })).toContainText('"heel veel" is geen getal')
  await expect(errors).toContainText('Van de regio van Zwolle ontbreken')
  await expectNoA11yViolations(page)

  await page.getByLabel('Spreadsheet').setInputFiles(file('zwolle.csv', zwolleCsv()))
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible()
  const regions = page.getByRole('table', { name: /Regio's in het bestand/ })
  await expect(regions.getByRole('row', { name: /Zwolle \(GM0193\)/ })).toContainText(/€\s140\.096\.291,00.*€\s113\.750\.051,00/)
  await page.getByLabel('Spreadsheet').setInputFiles(file('zwolle.csv', zwolleCsv()))
  await page.getByRole('button', { name: 'Importeren' }).click()
  await expect(page.getByRole('heading', { name: 'De bedragen zijn geïmporteerd' })).toBeVisible()
  await expect(page.getByText('8 gemeenten, 8 met Wmo-integratie-uitkering, 1 regio')).toBeVisible()
  await expectNoA11yViolations(page)

  await page.goto('/rekenen')
  await page.getByRole('link', { name: 'rekenen met de gepubliceerde bedragen van Regio Zwolle' }).click()
  await expect(page.getByLabel('Historisch bedrag van de regio (euro)')).toHaveValue('140.096.291')
  await expect(page.getByLabel('Objectief bedrag van de regio (euro)')).toHaveValue('113.750.051')
  await page.getByLabel('Jaar van stap 1').fill('2022')
  await page.getByRole('button', { name: 'Berekenen' }).click()
  await expect(page.getByRole('heading', { name: 'Resultaat voor Regio Zwolle' })).toBeVisible()
  await expect(page.getByText('naar hun gepubliceerde objectieve bedrag')).toBeVisible()
  await expect(page.getByText('Het MO-deel (uit het rekenbestand) blijft bij de centrumgemeente')).toBeVisible()
  const path = page.getByRole('table', { name: 'Budget per jaar' })
  await expect(path.getByRole('row', { name: /2026 \(stap 5\)/ })).toContainText(/€\s126\.923\.171/)
  await page.getByText('Bedrag per gemeente per jaar', { exact: true }).click()
  const members = page.getByRole('table', { name: 'Bedrag per gemeente per jaar van het ingroeipad' })
  const sums = await members.getByRole('row', { name: /Som van de gemeenten/ }).getByRole('cell').allInnerTexts()
  expect(sums).toEqual(await members.getByRole('row', { name: /^Regio Zwolle/ }).getByRole('cell').allInnerTexts())
  await expect(members.getByRole('row', { name: /^Zwolle/ }).getByRole('cell').last()).toContainText('45.500.020')
  await expectNoA11yViolations(page)

  // Issue 18 item 7: the two-part path from indication end dates; the derived percentages show per
  // year. Year zero 2021: 1,000 existing clients; from 2024 the 400 ending mid-2023 are gone (40%
  // objective), from 2027 also the 350 ending in 2026 (75%).
  await page.getByLabel('Uit de einddatums van de indicaties van bestaande cliënten').check()
  await page
    .getByLabel('Bestaande cliënten met de einddatum van hun indicatie (bij einddatums)')
    .fill('400 tot 2023-06-30; 350 tot 2026-12-31; 250 tot 2031-12-31')
  await page.getByRole('button', { name: 'Berekenen' }).click()
  const derived = page.getByRole('table', { name: 'Budget per jaar' })
  await expect(derived.getByRole('row', { name: /2023 \(stap 2\)/ })).toContainText(/0%/)
  // 2026: 60% × 140,096,291 + 40% × 113,750,051 = €129,557,795.
  await expect(derived.getByRole('row', { name: /2026 \(stap 5\)/ })).toContainText(/40%.*€\s129\.557\.795/)
  await expect(derived.getByRole('row', { name: /2027 \(stap 6\)/ })).toContainText('75%')
  await page.getByLabel('Bestaande cliënten met de einddatum van hun indicatie (bij einddatums)').fill('400 tot 2019-12-31')
  await page.getByRole('button', { name: 'Berekenen' }).click()
  await expect(page.getByText('De indicatie van groep 1 eindigt op 2019-12-31, vóór jaar nul (2021)').first()).toBeVisible()
  await expectNoA11yViolations(page)
})
