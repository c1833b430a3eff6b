import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 12 item 1: an analyst adds an indicator to the catalogue (Dutch errors per field first) and
// edits it; a region editor cannot reach the form. The key is unique to this spec.
test.describe.configure({ mode: 'serial' })

const KEY = 'e2e_housing_first_places'
const LABEL = 'Plekken Housing First (e2e)'

test('an analyst adds an indicator: Dutch errors per field, then saved, then edited', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/indicatoren')
  await page.getByRole('link', { name: 'Indicator toevoegen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Indicator toevoegen' })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByLabel('Sleutel', { exact: true }).fill(KEY)
  await page.getByLabel('Naam', { exact: true }).fill(LABEL)
  await page.getByLabel('Definitie', { exact: true }).fill('Plekken in Housing First-projecten aan het eind van het jaar.')
  await page.getByLabel('Eenheid', { exact: true }).selectOption({ label: 'percentage' })
  await page.getByLabel('Aard', { exact: true }).selectOption({ label: 'stand op een datum' })
  await page.getByLabel('Samenvoegen', { exact: true }).selectOption({ label: 'optellen' })
  await page.getByLabel('Richting', { exact: true }).selectOption({ label: 'hoger is beter' })
  await page.getByLabel('Herkomst', { exact: true }).selectOption({ label: 'door de regio gemeld' })
  await page.getByRole('group', { name: 'Niveaus', exact: true }).getByLabel('regio').check()
  await page.getByRole('group', { name: 'Soorten periode' }).getByLabel('jaar', { exact: true }).check()
  await page.getByLabel('Bron', { exact: true }).fill('door de regio gemeld')
  await page.getByLabel('Doelwaarde (optioneel)').fill('80')
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click()

  await expect(page.getByText('Percentages tel je niet op: kies "teller en noemer optellen, dan delen".')).toBeVisible()
  await expect(page.getByText('Vul bij een doelwaarde ook de datum in (of maak beide leeg).')).toBeVisible()
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(LABEL)
  await expectNoA11yViolations(page)

  await page.getByLabel('Eenheid', { exact: true }).selectOption({ label: 'aantal' })
  await page.getByRole('group', { name: 'Bouwstenen' }).getByRole('checkbox').first().check()
  await page.getByLabel('Doeldatum (optioneel)').fill('2030-12-31')
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click()
  await expect(page.getByText('Kies minstens één bouwsteen.')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: LABEL })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('De indicator is opgeslagen.')
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Indicator bewerken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${LABEL} bewerken` })).toBeVisible()
  await page.getByLabel('Naam', { exact: true }).fill(`${LABEL}, bewerkt`)
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${LABEL}, bewerkt` })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('a region editor cannot open the catalogue form', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  const response = await page.goto(`/indicatoren/${KEY}/bewerken`)
  expect(response?.status()).toBe(403)
  await expect(page.getByText('Alleen analisten van VNG beheren de indicatorcatalogus.')).toBeVisible()
})

test('an admin sets a municipality’s validity: an end before the start is refused in Dutch, then saved', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await page.goto('/beheer')
  await page.getByRole('link', { name: 'Gemeenten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeenten' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByRole('link', { name: 'Vlieland', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Vlieland (GM0096)' })).toBeVisible()
  await page.getByLabel('Bestaat vanaf').fill('1995-01-01')
  await page.getByLabel('Bestaat tot (die dag niet meer)').fill('1994-01-01')
  await page.getByRole('button', { name: 'Geldigheid opslaan' }).click()
  await expect(page.getByText('De einddatum ligt na de begindatum: een gemeente bestaat minstens één dag.')).toBeVisible()
  await expectNoA11yViolations(page)
  // Harmless for the other journeys: every period they use lies after 1990.
  await page.getByLabel('Bestaat vanaf').fill('1990-01-01')
  await page.getByLabel('Bestaat tot (die dag niet meer)').fill('')
  await page.getByRole('button', { name: 'Geldigheid opslaan' }).click()
  await expect(page.getByRole('status')).toContainText('De geldigheid is opgeslagen.')
  await expect(page.getByLabel('Bestaat vanaf')).toHaveValue('1990-01-01')
})
