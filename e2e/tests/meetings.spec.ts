import { writeFile } from 'node:fs/promises'
import type { Browser, Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'
import { paginate, pdfPageCount, PRINTABLE } from '../fixtures/print.ts'

// The steering group's meetings (issue 17): a steering member builds an agenda from two bottlenecks,
// records a decision and an action item and closes the meeting; the minutes freeze; the region and
// the action item's owner see the result. Then @-mentions in an agreement's comments. The steps build
// on each other, so they run in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 })

const RUN = Date.now().toString(36)
const MEETING = `Stuurgroep e2e ${RUN}`
const DECIDED = 'Huisvesting na uitstroom ontbreekt'
const DEFERRED = 'Samenwerking met zorgaanbieders stokt'
const DECISION = `Corporaties en regio maken een uitstroomconvenant (${RUN}).`
const ACTION = `Convenant opstellen ${RUN}`
let meetingPath = ''

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginAs(page, email)
  return { page, close: () => context.close() }
}

function agendaItem(page: Page, number: number) {
  return page.locator('.bt-agenda-item').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${number}\\. `) }) })
}

test('a steering member puts two bottlenecks on the agenda, records a decision and an action item, and closes the meeting', async ({ page, browser }) => {
  await loginAs(page, DEMO.steering_member)
  await page.goto('/stuurgroep/vergaderingen')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overleggen')
  await expect(page.getByRole('link', { name: 'Stuurgroep (demo, afgelopen)' })).toBeVisible()
  await expectNoA11yViolations(page)

  // Bad input first: no title.
  await page.getByLabel('Datum').fill('2026-12-15')
  await page.getByRole('button', { name: 'Overleg plannen' }).click()
  await expect(page.getByText('Geef het overleg een titel van minstens 3 tekens.')).toBeVisible()
  await page.getByLabel('Titel').fill(MEETING)
  await page.getByRole('button', { name: 'Overleg plannen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEETING)
  meetingPath = new URL(page.url()).pathname
  await expectNoA11yViolations(page)

  for (const title of [DECIDED, DEFERRED]) {
    await page.getByLabel('Knelpunt').selectOption({ label: title })
    await page.getByRole('button', { name: 'Op de agenda zetten' }).click()
    await expect(page.getByText('Het agendapunt staat op de agenda.')).toBeVisible()
  }
  await expect(page.getByRole('heading', { level: 3, name: `1. ${DECIDED}` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: `2. ${DEFERRED}` })).toBeVisible()
  await expect(agendaItem(page, 1)).toContainText('(Geagendeerd)')

  // A decision without text is refused, with the message at the field.
  const first = agendaItem(page, 1)
  await first.getByRole('radio', { name: 'Besloten' }).check()
  await first.getByRole('button', { name: 'Uitkomst opslaan' }).click()
  await expect(agendaItem(page, 1).getByText('Schrijf op wat er besloten is; een besluit zonder tekst kan niet.')).toBeVisible()
  await agendaItem(page, 1).getByLabel('Besluit bij agendapunt 1').fill(DECISION)
  await agendaItem(page, 1).getByRole('button', { name: 'Uitkomst opslaan' }).click()
  await expect(page.getByText('De uitkomst is opgeslagen.')).toBeVisible()

  // An action item without owner is refused; with one it is added.
  await agendaItem(page, 1).getByText('Actiepunt toevoegen bij agendapunt 1').click()
  await agendaItem(page, 1).getByLabel('Actiepunt', { exact: true }).fill(ACTION)
  await agendaItem(page, 1).getByLabel('Klaar op').fill('2026-12-31')
  await agendaItem(page, 1).getByRole('button', { name: 'Actiepunt toevoegen' }).click()
  await expect(agendaItem(page, 1).getByText('Kies wie het actiepunt uitvoert.')).toBeVisible()
  await agendaItem(page, 1).getByLabel('Eigenaar').selectOption({ label: 'Roos Redacteur' })
  await agendaItem(page, 1).getByRole('button', { name: 'Actiepunt toevoegen' }).click()
  await expect(page.getByText('Het actiepunt is toegevoegd.')).toBeVisible()
  await expect(agendaItem(page, 1)).toContainText(`${ACTION} — Roos Redacteur`)

  // Closing with an undecided item is refused; deferred, it may close.
  await page.getByRole('button', { name: 'Overleg sluiten' }).click()
  await expect(page.getByText(`Het overleg kan nog niet worden gesloten: leg bij agendapunt 2. “${DEFERRED}” een besluit vast of stel het uit.`)).toBeVisible()
  await agendaItem(page, 2).getByRole('radio', { name: 'Uitgesteld' }).check()
  await agendaItem(page, 2).getByRole('button', { name: 'Uitkomst opslaan' }).click()
  await expect(page.getByText('De uitkomst is opgeslagen.')).toBeVisible()

  // A colleague still has the page open while the meeting closes.
  const colleague = await signedInPage(browser, DEMO.steering_member)
  await colleague.page.goto(meetingPath)
  await page.getByRole('button', { name: 'Overleg sluiten' }).click()
  await expect(page.getByText(/Het overleg is gesloten. De notulen liggen vast/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Uitkomst opslaan' })).toHaveCount(0)
  await expect(agendaItem(page, 1)).toContainText(`Besloten: ${DECISION}`)
  await expectNoA11yViolations(page)

  // The minutes no longer change: the colleague's late edit gets the Dutch message, nothing is lost.
  await agendaItem(colleague.page, 1).getByLabel('Besluit bij agendapunt 1').fill('Toch iets anders.')
  await agendaItem(colleague.page, 1).getByRole('button', { name: 'Uitkomst opslaan' }).click()
  await expect(colleague.page.getByText('Dit overleg is gesloten: de notulen liggen vast en kunnen niet meer worden gewijzigd.').first()).toBeVisible()
  await colleague.close()
  await page.reload()
  await expect(agendaItem(page, 1)).toContainText(`Besloten: ${DECISION}`)
})

test('the minutes print on A4 without cut rows, and the decisions list downloads', async ({ page }, testInfo) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto(`${meetingPath}/agenda`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Agenda ${MEETING}`)
  await expectNoA11yViolations(page)
  await page.goto(`${meetingPath}/notulen`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Notulen ${MEETING}`)
  await expect(page.getByRole('table', { name: 'Actiepunten met eigenaar en datum' })).toContainText(ACTION)
  await expectNoA11yViolations(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await writeFile(testInfo.outputPath('notulen.pdf'), pdf)
  await page.setViewportSize({ width: Math.floor(PRINTABLE.width), height: Math.floor(PRINTABLE.height) })
  const layout = await page.evaluate(paginate, PRINTABLE)
  expect(layout.tables).toBe(2)
  expect(layout.cutRows, 'table rows split across two pages').toEqual([])
  expect(layout.tooWide, 'tables wider than the A4 page').toEqual([])
  expect(layout.pages).toBe(pdfPageCount(pdf))

  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/stuurgroep/besluiten')
  await expect(page.getByRole('table', { name: 'Besluiten' })).toContainText(DECISION)
  await expectNoA11yViolations(page)
  const csv = await page.request.get('/stuurgroep/besluiten.csv')
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(await csv.text()).toContain(DECISION)
})

test('the region concerned sees the decision on its page and in its inbox; the owner sees the action item', async ({ page, browser }) => {
  await loginAs(page, DEMO.region_viewer)
  await page.goto('/regio/zwolle')
  const decisions = page.getByRole('region', { name: 'Besluiten van de stuurgroep' })
  await expect(decisions.getByRole('table')).toContainText(DECISION)
  await expectNoA11yViolations(page)
  await page.goto('/mijn-werk')
  await expect(page.getByRole('link', { name: `Besluit in “${MEETING}” over “${DECIDED}”: ${DECISION}` })).toBeVisible()
  await expectNoA11yViolations(page)

  const owner = await signedInPage(browser, DEMO.region_editor_2)
  await owner.page.goto('/mijn-werk')
  await expect(owner.page.getByRole('region', { name: 'Mijn actiepunten' })).toContainText(ACTION)
  await expectNoA11yViolations(owner.page)
  await owner.close()

  // Anonymous visitors see decisions only as a count on the building block.
  const anonymous = await browser.newContext()
  const visitor = await anonymous.newPage()
  await visitor.goto('/bouwstenen/2')
  await expect(visitor.getByRole('region', { name: 'Besluiten van de stuurgroep' })).toContainText(/De stuurgroep nam .* over knelpunten van bouwsteen 2. Log in om ze te lezen./)
  await expect(visitor.getByText(DECISION)).toHaveCount(0)
  await expectNoA11yViolations(visitor)
  await anonymous.close()
})

test('a mention in a comment notifies the colleague and nobody else; someone who may not read it cannot be mentioned', async ({ page, browser }) => {
  const title = `Noemen e2e ${RUN}`
  await loginAs(page, DEMO.region_editor)
  await page.goto('/regio/zwolle/afspraken/nieuw')
  await page.getByLabel('Titel', { exact: true }).fill(title)
  await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
  await page.getByRole('checkbox', { name: 'Wonen: woonplekken, uitstroom, afspraken met corporaties', exact: true }).check()
  await page.getByRole('checkbox', { name: '5. Betaalbare wooneenheden', exact: true }).check()
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)

  // Keyboard only: type "@Ro", arrow to the suggestion, Enter.
  const field = page.getByLabel('Uw reactie')
  await field.click()
  await field.pressSequentially('Kun jij dit oppakken, @Ro')
  const list = page.getByRole('listbox', { name: 'Collega’s om te noemen' })
  await expect(list.getByRole('option')).toHaveText(['Roos Redacteur'])
  await expect(field).toHaveAttribute('aria-activedescendant', /suggesties-0$/)
  await expectNoA11yViolations(page)
  await page.keyboard.press('Enter')
  await expect(field).toHaveValue('Kun jij dit oppakken, @Roos Redacteur ')
  await expect(list).toBeHidden()

  // Greet (another region) is never suggested, and typing her name anyway is refused.
  await field.pressSequentially('en @Gre')
  await expect(list).toBeHidden()
  await field.pressSequentially('et Redacteur')
  await page.getByRole('button', { name: 'Reactie plaatsen' }).click()
  await expect(page.getByText('Greet Redacteur mag deze afspraak niet lezen en kan daarom niet genoemd worden.', { exact: false })).toBeVisible()
  await expect(field).toHaveValue('Kun jij dit oppakken, @Roos Redacteur en @Greet Redacteur')
  await field.fill('Kun jij dit oppakken, @Roos Redacteur?')
  await page.getByRole('button', { name: 'Reactie plaatsen' }).click()
  await expect(page.getByText('Uw reactie is geplaatst.')).toBeVisible()

  const mentioned = await signedInPage(browser, DEMO.region_editor_2)
  await mentioned.page.goto('/mijn-werk')
  await expect(mentioned.page.getByRole('link', { name: `Rik Redacteur noemde u in een reactie op de afspraak “${title}”` })).toBeVisible()
  await mentioned.close()
  for (const email of [DEMO.region_viewer, DEMO.vng_adviser, DEMO.other_region_editor]) {
    const other = await signedInPage(browser, email)
    await other.page.goto('/mijn-werk')
    await expect(other.page.getByText(title)).toHaveCount(0)
    await other.close()
  }
})
