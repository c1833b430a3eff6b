import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs, logout } from '../fixtures/login.ts'

// The steering group's desk (issue 16): a steering member sees a signal computed from the demo
// regions with its evidence, promotes it to a bottleneck, assigns an owner and a due date (bad input
// and a stale save get Dutch messages); the region concerned sees it, its viewer cannot change the
// register, and an anonymous visitor sees only counts.
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const RUN = Date.now().toString(36)
const TITLE = `Regiovisie Zwolle niet vastgesteld (${RUN})`
const DAY = 24 * 60 * 60 * 1000
const FUTURE = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10)
const PAST = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10)
let bottleneckPath = ''

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expectNoA11yViolations(page)
}

test('an anonymous visitor sees only counts per building block and state', async ({ page }) => {
  await visit(page, '/stuurgroep', 'Stuurgroep')
  await expect(page.getByRole('table', { name: 'Aantal knelpunten per bouwsteen en status' })).toBeVisible()
  await visit(page, '/stuurgroep/knelpunten', 'Knelpuntenregister')
  const counts = page.getByRole('table', { name: 'Aantal knelpunten per bouwsteen en status' })
  // The demo register has a scheduled housing bottleneck under building block 7.
  await expect(counts.getByRole('row', { name: /7\. Landelijke afspraken/ })).toBeVisible()
  await expect(page.getByText('Te weinig woningen voor uitstroom')).toHaveCount(0)
  const signals = await page.request.get('/stuurgroep/signalen', { maxRedirects: 0 })
  expect(signals.status()).toBe(302)
})

test('a steering member sees a signal with its evidence and promotes it to a bottleneck', async ({ page }) => {
  await loginAs(page, DEMO.steering_member)
  await visit(page, '/stuurgroep', 'Stuurgroep')
  // By default the desk compares with the last steering group meeting held before today (the demo has one).
  await expect(page.getByText(/^Standaard sinds de laatste stuurgroepvergadering:/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Wat veranderde sinds' })).not.toHaveValue('')
  await expect(page.getByRole('table', { name: 'Open signalen per soort en bouwsteen' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Knelpunten over de streefdatum' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Wlz-uitname: afrekening per centrumgemeente onzeker' }).first()).toBeVisible()

  await page.getByRole('link', { name: 'Regiovisie niet door alle raden vastgesteld' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Signalen' })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByRole('link', { name: /^Regio Zwolle: / }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Regio Zwolle: / })).toBeVisible()
  await expect(page.getByText('Niet (op tijd) vastgesteld door')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Regio Zwolle', exact: true })).toBeVisible()
  await expectNoA11yViolations(page)

  await page.getByRole('link', { name: 'Omzetten naar een knelpunt' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw knelpunt' })).toBeVisible()
  await expectNoA11yViolations(page)
  await expect(page.getByRole('checkbox', { name: 'Regio Zwolle', exact: true })).toBeChecked()
  await page.getByLabel('Titel').fill(TITLE)
  await page.getByRole('button', { name: 'Knelpunt melden' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het knelpunt is gemeld.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Bewijs uit het signaal' })).toBeVisible()
  await expectNoA11yViolations(page)
  bottleneckPath = new URL(page.url()).pathname
})

test('the steering member assigns an owner and a due date; bad input and a stale save get Dutch messages', async ({ page }) => {
  await loginAs(page, DEMO.steering_member)
  await visit(page, `${bottleneckPath}/bewerken`, 'Knelpunt bewerken')
  await page.getByLabel('Eigenaar').selectOption({ label: 'Ali Analist' })
  await page.getByLabel('Streefdatum').fill(PAST)
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
  await expect(page.getByText('Een nieuwe streefdatum ligt niet in het verleden.')).toBeVisible()
  await expectNoA11yViolations(page)

  // An owner the list does not offer (a forged form) is refused with its own message.
  const version = await page.locator('input[name="version"]').inputValue()
  const forged = await page.request.post(`${bottleneckPath}/bewerken`, {
    form: { version, title: TITLE, description: 'Uit het signaal: niet alle raden stelden de visie vast.', buildingBlocks: 'regional_cooperation', severity: '3', likelihood: '3', ownerUserId: 'niemand', dueDate: FUTURE },
  })
  expect(forged.status()).toBe(400)
  expect(await forged.text()).toContain('Deze eigenaar bestaat niet of kan geen knelpunt beheren.')

  await page.getByLabel('Streefdatum').fill(FUTURE)
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' })).toBeVisible()
  await expect(page.locator('.bt-facts').getByText('Ali Analist')).toBeVisible()

  // A state change the table forbids (a forged post): gemeld → besloten.
  const stateVersion = await page.locator('input[name="version"]').inputValue()
  const forbidden = await page.request.post(bottleneckPath, { form: { intent: 'state', version: stateVersion, to: 'decided', reason: '' } })
  expect(forbidden.status()).toBe(400)
  expect(await forbidden.text()).toMatch(/Een knelpunt met status (&quot;|")Gemeld(&quot;|") kan niet naar (&quot;|")Besloten/)

  // Someone else saves first: the form shows both versions and keeps the input.
  await page.goto(`${bottleneckPath}/bewerken`)
  const editVersion = await page.locator('input[name="version"]').inputValue()
  await page.request.post(bottleneckPath, { form: { intent: 'state', version: editVersion, to: 'in_progress', reason: 'Opgepakt.' } })
  await page.getByLabel('Titel').fill(`${TITLE} – herzien`)
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
  await expect(page.getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' })).toBeVisible()
  await expect(page.getByLabel('Titel')).toHaveValue(`${TITLE} – herzien`)
  await expectNoA11yViolations(page)

  const csv = await page.request.get('/stuurgroep/knelpunten/export.csv?regio=GM0193')
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(await csv.text()).toContain(TITLE)
  await visit(page, '/stuurgroep/knelpunten?regio=GM0193', 'Knelpuntenregister')
  await expect(page.getByRole('table', { name: 'Knelpunten per ernst en kans' })).toBeVisible()
  await logout(page)
})

test('the region concerned sees the bottleneck; its viewer cannot change the register', async ({ page }) => {
  await loginAs(page, DEMO.region_viewer)
  await visit(page, '/stuurgroep/knelpunten', 'Knelpuntenregister')
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Nieuw knelpunt melden' })).toHaveCount(0)
  await page.getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Status wijzigen' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Knelpunt bewerken/ })).toHaveCount(0)
  await expectNoA11yViolations(page)
  const change = await page.request.post(bottleneckPath, { form: { intent: 'state', version: '1', to: 'dropped', reason: 'Mag niet.' } })
  expect(change.status()).toBe(403)
  const edit = await page.request.get(`${bottleneckPath}/bewerken`)
  expect(edit.status()).toBe(403)
  await logout(page)

  await loginAs(page, DEMO.other_region_editor)
  const hidden = await page.request.get(bottleneckPath)
  expect(hidden.status()).toBe(404)
})
