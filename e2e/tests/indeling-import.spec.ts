import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'

// This journey changes the regional indeling for the rest of the run (Ommen moves to Groningen and
// the "voorbeeldindeling" notice disappears), so playwright.config.ts runs it in its own project
// after every other test.

const DEMO_PASSWORD = 'welkom-bij-de-demo'
const ADMIN = 'beheerder@demo.example'

/**
 * The example indeling the portal is seeded with (a copy of packages/db/src/seed-data), so a test
 * can build a complete file: every one of the 342 municipalities must be in an import.
 */
const EXAMPLE_INDELING = readFileSync(
  new URL('../fixtures/regio_indeling_voorbeeld.csv', import.meta.url),
  'utf8',
)

/** Log in through the real login form, checking the form page with axe on the way. */
async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/inloggen')
  await expectNoA11yViolations(page)
  await page.getByLabel('E-mailadres', { exact: true }).fill(email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).not.toHaveURL(/\/inloggen/)
}

/** The rows of an indeling file with one municipality's centrumgemeente changed. */
function indelingWith(municipalityCode: string, centreCode: string, centreName: string): string {
  const lines = EXAMPLE_INDELING.trimEnd().split('\n')
  const header = lines[0]?.split(',') ?? []
  const centreColumn = header.indexOf('centrumgemeentecode')
  let found = false
  const changed = lines.map((line) => {
    const cells = line.split(',')
    if (cells[0] !== municipalityCode) return line
    found = true
    cells[centreColumn] = centreCode
    cells[centreColumn + 1] = centreName
    return cells.join(',')
  })
  expect(found, `${municipalityCode} is in the example indeling`).toBe(true)
  return `${changed.join('\n')}\n`
}

/** The region page's table of member municipalities (other tables list municipalities too). */
function memberTable(page: Page) {
  return page.getByRole('table', { name: /^Gemeenten van / })
}

test.describe('an administrator', () => {
  test.slow()

  test('imports a regional indeling only when every row is right', async ({ page }) => {
    await logIn(page, ADMIN)
    await page.goto('/beheer/indeling')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio-indeling importeren')
    await expectNoA11yViolations(page)

    // One unknown municipality in an otherwise complete file: the whole file is refused.
    const bad = `${EXAMPLE_INDELING.trimEnd()}\nGM9999,Nergenshuizen,Overijssel,GM0193,Zwolle,test\n`
    await page.getByLabel('Geldig vanaf', { exact: true }).fill('2026-01-01')
    await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({
      name: 'indeling-met-fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad, 'utf8'),
    })
    await page.getByRole('button', { name: 'Importeren' }).click()
    const refused = page.getByRole('alert').filter({ hasText: 'De indeling is niet geïmporteerd' })
    await expect(refused).toBeVisible()
    await expect(refused).toContainText('Er is niets gewijzigd')
    const errorRow = refused.getByRole('row').filter({ hasText: 'GM9999' })
    await expect(errorRow.getByRole('cell')).toHaveText([
      '344',
      'gemeentecode',
      'Gemeente GM9999 is onbekend.',
    ])
    await expectNoA11yViolations(page)

    await page.goto('/regio/zwolle')
    await expect(memberTable(page).getByRole('rowheader', { name: 'Ommen' })).toBeVisible()
    await expect(page.getByText('Voorbeeldindeling.')).toBeVisible()
    await expectNoA11yViolations(page)

    // Ommen moves from Regio Zwolle to Regio Groningen; pasted this time, checked first.
    // (Not Kampen: other tests expect Kampen's signatory in Regio Zwolle.)
    await page.goto('/beheer/indeling')
    await page.getByLabel('Geldig vanaf', { exact: true }).fill('2026-01-01')
    await page
      .getByLabel('Of plak de inhoud van het bestand', { exact: true })
      .fill(indelingWith('GM0175', 'GM0014', 'Groningen'))
    await page.getByRole('button', { name: 'Controleren' }).click()
    const preview = page.getByRole('status').filter({ hasText: 'Het bestand is in orde' })
    await expect(preview).toContainText('342 gemeenten gelezen')
    await expect(preview.getByRole('row', { name: /Ommen/ }).getByRole('cell')).toHaveText([
      'Regio Zwolle',
      'Regio Groningen',
    ])
    await expect(preview.getByRole('rowheader')).toHaveCount(1)
    await expectNoA11yViolations(page)

    await page.getByRole('button', { name: 'Importeren' }).click()
    const done = page.getByRole('status').filter({ hasText: 'De indeling is geïmporteerd' })
    await expect(done).toBeVisible()
    await expect(done.getByRole('row', { name: /Ommen/ })).toBeVisible()
    await expectNoA11yViolations(page)

    await page.goto('/regio/zwolle')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio Zwolle')
    await expect(memberTable(page).getByRole('rowheader', { name: 'Kampen' })).toBeVisible()
    await expect(memberTable(page).getByRole('rowheader', { name: 'Ommen' })).toHaveCount(0)
    await expectNoA11yViolations(page)
    await page.goto('/regio/groningen')
    await expect(memberTable(page).getByRole('rowheader', { name: 'Ommen' })).toBeVisible()
    await expectNoA11yViolations(page)
    await page.goto('/regio')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Regio's")
    await expect(page.getByText('Voorbeeldindeling.')).toHaveCount(0)
    await expectNoA11yViolations(page)
  })
})
