import { expect, expectNoA11yViolations, expectNoA11yViolationsWithoutJs, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

const REGION = '/regio/zwolle'
const RUN = Date.now().toString(36)
const PARTNERS = [
  ['Woonstichting De Veste', 'housing_corporation', 'Woningcorporatie'],
  ['Zorgkantoor Zwolle', 'care_office', 'Zorgkantoor'],
  ['Stichting Anker', 'provider', 'Zorgaanbieder'],
  ['deltaWonen', 'housing_corporation', 'Woningcorporatie'],
] as const

test.describe('partner and milestone rows are added and removed (issue 19, item 4)', () => {
  // each row added or removed without JavaScript is a round trip to the server
  test.describe.configure({ timeout: 90_000 })
  test('without JavaScript a form adds a fourth partner, keeps what was typed, and removes a row', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await loginAs(page, DEMO.region_editor)
    await page.goto(`${REGION}/afspraken/nieuw`)
    const title = `Vier partners ${RUN}`
    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
    await page.getByRole('checkbox', { name: 'Wonen: woonplekken, uitstroom, afspraken met corporaties', exact: true }).check()
    await page.getByRole('checkbox', { name: '4. Woonvarianten', exact: true }).check()
    // a new agreement starts with one partner row; each "Partner toevoegen" posts the form and adds one
    await expect(page.getByLabel(/^Naam partner \d+$/)).toHaveCount(1)
    for (const [i, [name, kind]] of PARTNERS.entries()) {
      if (i > 0) {
        await page.getByRole('button', { name: 'Partner toevoegen' }).click()
        await expect(page.getByLabel(`Naam partner ${i + 1}`)).toHaveValue('')
      }
      await page.getByLabel(`Naam partner ${i + 1}`).fill(name)
      await page.getByLabel(`Soort partner ${i + 1}`).selectOption(kind)
    }
    // everything typed so far came back with each round trip
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title)
    await expect(page.getByRole('checkbox', { name: '4. Woonvarianten', exact: true })).toBeChecked()
    await expect(page.getByLabel('Naam partner 1')).toHaveValue(PARTNERS[0][0])
    await expect(page.getByLabel('Soort partner 3')).toHaveValue(PARTNERS[2][1])
    await expectNoA11yViolationsWithoutJs(browser, page)

    // a fifth row, filled and removed again; a milestone row added and removed
    await page.getByRole('button', { name: 'Partner toevoegen' }).click()
    await page.getByLabel('Naam partner 5').fill('Weg ermee')
    await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click()
    await expect(page.getByLabel('Omschrijving mijlpaal 2')).toBeVisible()
    await page.getByRole('button', { name: 'Mijlpaal 2 verwijderen' }).click()
    await expect(page.getByLabel('Omschrijving mijlpaal 2')).toHaveCount(0)
    // the form keeps one empty row below the filled ones: removing row 5 ('Weg ermee') leaves that spare row in its place
    await page.getByRole('button', { name: 'Partner 5 verwijderen' }).click()
    await expect(page.getByLabel('Naam partner 5')).toHaveValue('')
    await expect(page.getByLabel('Naam partner 6')).toHaveCount(0)
    await expect(page.getByLabel('Naam partner 4')).toHaveValue(PARTNERS[3][0])

    await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    for (const [name, , label] of PARTNERS) await expect(page.getByText(`${name} (${label})`)).toBeVisible()
    await expect(page.getByText('Weg ermee')).toHaveCount(0)
    await expectNoA11yViolationsWithoutJs(browser, page)
    await context.close()
  })

  test('with JavaScript rows are added and removed in place, and Enter in a field still saves', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto(`${REGION}/afspraken/nieuw`)
    const title = `Rijen met JavaScript ${RUN}`
    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
    await page.getByRole('checkbox', { name: 'Wonen: woonplekken, uitstroom, afspraken met corporaties', exact: true }).check()
    await page.getByRole('checkbox', { name: '4. Woonvarianten', exact: true }).check()
    const url = page.url()
    await page.getByRole('button', { name: 'Partner toevoegen' }).click()
    await page.getByRole('button', { name: 'Partner toevoegen' }).click()
    await expect(page.getByLabel(/^Naam partner \d+$/)).toHaveCount(3)
    expect(page.url()).toBe(url)
    await page.getByLabel('Naam partner 1').fill('Eerste partner')
    await page.getByLabel('Soort partner 1').selectOption('provider')
    await page.getByLabel('Naam partner 2').fill('Tweede partner')
    await page.getByLabel('Soort partner 2').selectOption('care_office')
    await page.getByLabel('Naam partner 3').fill('Derde partner')
    await page.getByLabel('Soort partner 3').selectOption('other')
    await page.getByRole('button', { name: 'Partner 2 verwijderen' }).click()
    await expect(page.getByLabel(/^Naam partner \d+$/)).toHaveCount(2)
    await expect(page.getByLabel('Naam partner 2')).toHaveValue('Derde partner')
    await expect(page.getByLabel('Soort partner 2')).toHaveValue('other')
    await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click()
    await page.getByLabel('Datum mijlpaal 1').fill('2027-01-15')
    await page.getByLabel('Omschrijving mijlpaal 1').fill('Start')
    await page.getByLabel('Datum mijlpaal 2').fill('2027-04-01')
    await page.getByLabel('Omschrijving mijlpaal 2').fill('Tussenstand')
    await expectNoA11yViolations(page)

    await page.getByLabel('Omschrijving mijlpaal 2').press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText('Eerste partner (Zorgaanbieder)')).toBeVisible()
    await expect(page.getByText('Derde partner (Anders)')).toBeVisible()
    await expect(page.getByText('Tweede partner')).toHaveCount(0)
    await expect(page.getByText('Tussenstand')).toBeVisible()
    await expectNoA11yViolations(page)
  })
})
