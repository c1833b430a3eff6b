import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// The national progress per building block: an analyst records a decision moment and changes a
// sub-line's status with a note; the overview shows it, the previous moment still shows the old
// status, and a status prepared for a future BO stays hidden from anonymous visitors.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36)
const DAY = 24 * 60 * 60 * 1000
/** Yesterday (UTC): passed on the server's Dutch calendar too. */
const PAST = new Date(Date.now() - DAY).toISOString().slice(0, 10)
const FUTURE = new Date(Date.now() + 400 * DAY).toISOString().slice(0, 10)
const HOUSING = 'Wonen: voorstel voor een impuls'
const NOTE = `Impuls wonen-zorg afgerond (${RUN})`
const PREPARED_NOTE = `Voorbereid voor het volgende BO (${RUN})`

function housingOn(page: Page) {
  return page.getByRole('article', { name: /Bouwsteen 7/ }).getByRole('listitem').filter({ hasText: HOUSING })
}

async function addMoment(page: Page, date: string, label: string) {
  await page.goto('/bouwstenen/besluitmomenten')
  await expectNoA11yViolations(page)
  await page.getByLabel('Datum van het BO').fill(date)
  await page.getByLabel('Naam').fill(label)
  await page.getByRole('button', { name: 'Besluitmoment toevoegen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het besluitmoment is toegevoegd.' })).toBeVisible()
}

async function openHousingForm(page: Page) {
  await page.goto('/bouwstenen/7')
  await page.getByRole('link', { name: `Status wijzigen: ${HOUSING}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Status wijzigen' })).toBeVisible()
  await expectNoA11yViolations(page)
}

async function chooseMoment(page: Page, label: string) {
  const select = page.getByLabel('Besluitmoment')
  const value = await select.locator('option', { hasText: label }).getAttribute('value')
  await select.selectOption(value ?? '')
}

test('an anonymous visitor sees the overview with the seeded 2020 statuses', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Landelijk overzicht per bouwsteen' })).toBeVisible()
  await expect(housingOn(page)).toContainText('Deels gereed')
  await expect(page.getByRole('heading', { name: 'Gewijzigd sinds de vorige editie' })).toBeVisible()
  await expectNoA11yViolations(page)

  const json = await page.request.get('/bouwstenen/stand.json')
  expect(json.ok()).toBe(true)
  const body = (await json.json()) as { stand_per: { isNow: boolean }; definities: Record<string, string>; rijen: { onderdeel: string; status: string }[] }
  expect(body.stand_per.isNow).toBe(true)
  expect(body.definities.status).toContain('gereed')
  expect(body.rijen).toHaveLength(17)
  const csv = await page.request.get('/bouwstenen/stand.csv')
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(await csv.text()).toContain('(√) Deels gereed')
})

test('an analyst records a decision moment and changes a status; a change without a note is refused', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await addMoment(page, PAST, `BO ${RUN}`)
  await openHousingForm(page)
  await chooseMoment(page, `BO ${RUN}`)
  await page.getByRole('radio', { name: 'Gereed', exact: true }).check()
  await page.getByRole('button', { name: 'Status opslaan' }).click()
  await expect(page.getByText('Geef een toelichting bij de wijziging.')).toBeVisible()

  await page.getByLabel('Toelichting').fill(NOTE)
  await page.getByRole('button', { name: 'Status opslaan' }).click()
  await expect(page).toHaveURL(/\/bouwstenen\/7\?gewijzigd=/)
  const timeline = page.getByRole('table', { name: new RegExp(HOUSING) })
  await expect(timeline.getByRole('row')).toHaveCount(3) // header, the 2020 status, the new one
  await expect(timeline).toContainText('Deels gereed')
  await expect(timeline).toContainText(NOTE)
  await expectNoA11yViolations(page)
})

test('the overview shows the change; the previous moment still shows the old status', async ({ page }) => {
  await page.goto('/')
  await expect(housingOn(page)).toContainText('Gereed')
  await expect(housingOn(page)).not.toContainText('Deels gereed')
  const picker = page.getByLabel('Stand per', { exact: true })
  const options = await picker.locator('option').allTextContents()
  const mine = options.findIndex((o) => o.includes(`BO ${RUN}`))
  const previous = options[mine + 1]
  expect(previous).toBeTruthy()
  await picker.selectOption({ label: previous as string })
  await page.getByRole('button', { name: 'Tonen' }).click()
  await expect(page).toHaveURL(/\?per=\d+/)
  await expect(housingOn(page)).toContainText('Deels gereed')
  await expectNoA11yViolations(page)
})

test('a status prepared for a future BO is not visible to an anonymous visitor before that date', async ({ page, browser }) => {
  await loginAs(page, DEMO.vng_analyst)
  await addMoment(page, FUTURE, `Volgend BO ${RUN}`)
  await openHousingForm(page)
  await chooseMoment(page, `Volgend BO ${RUN}`)
  await page.getByRole('radio', { name: 'Nog niet gereed', exact: true }).check()
  await page.getByLabel('Toelichting').fill(PREPARED_NOTE)
  await page.getByRole('button', { name: 'Status opslaan' }).click()
  await expect(page).toHaveURL(/\/bouwstenen\/7\?gewijzigd=/)
  await expect(page.getByRole('table', { name: new RegExp(HOUSING) })).toContainText('voorbereid: nog niet gepubliceerd')

  const context = await browser.newContext()
  const anonymous = await context.newPage()
  await anonymous.goto('/bouwstenen/7')
  await expect(anonymous.getByRole('heading', { level: 1, name: /Bouwsteen 7/ })).toBeVisible()
  await expect(anonymous.getByRole('table', { name: new RegExp(HOUSING) })).toContainText(NOTE)
  await expect(anonymous.locator('main')).not.toContainText(PREPARED_NOTE)
  await expect(anonymous.locator('main')).not.toContainText(`Volgend BO ${RUN}`)
  await expectNoA11yViolations(anonymous)
  await anonymous.goto('/')
  await expect(housingOn(anonymous)).toContainText('Gereed')
  await expect(housingOn(anonymous)).not.toContainText('Nog niet gereed')
  await context.close()
})

test('block 2 shows derived progress that explains itself; a national-decision block shows status only', async ({ page }) => {
  await page.goto('/bouwstenen/2')
  await expect(page.getByRole('heading', { level: 2, name: 'Afgeleide voortgang' })).toBeVisible()
  await expect(page.getByRole('table', { name: "Aantal regio's per niveau, per NvO-afspraak" }).getByRole('row')).toHaveCount(9)
  // Live levels are those a frozen edition confirmed, and the page says which (issue 13: no proposals).
  await expect(page.getByText(/^NvO-niveaus zoals vastgesteld in editie .+ \(\d{4}-H[12]\), bevroren op /)).toBeVisible()
  await page.getByText('Hoe is dit berekend?').click()
  await expect(page.getByText('Zonder regiovisie in het portaal:')).toBeVisible()
  await expect(page.getByText("regio's zichtbaar na inloggen").first()).toBeVisible()
  await expectNoA11yViolations(page)
  await page.goto('/bouwstenen/6')
  await expect(page.getByText('De voortgang van deze bouwsteen is een landelijk besluit')).toBeVisible()
  await expectNoA11yViolations(page)
})
