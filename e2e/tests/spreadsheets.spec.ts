import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

const REGION = '/regio/zwolle'
const IMPORT = `${REGION}/afspraken/importeren`
/** The region's agreement list, with its bulk forms. */
const LIST = `${REGION}/afspraken`
const RUN = Date.now().toString(36)
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% afspraak ${RUN}\ntrailer << /Root 1 0 R >>\n%%EOF\n`)
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])

// Dutch labels to edit, each closed list with its key column beside it (issue 19)
const COLUMNS = [
  'id',
  'versie',
  'titel',
  'tekst',
  'stadium',
  'stadium_sleutel',
  'reden_stadium',
  'nvo_afspraken',
  'nvo_afspraken_sleutels',
  'themas',
  'themas_sleutels',
  'condities',
  'condities_sleutels',
  'bouwstenen',
  'bouwstenen_sleutels',
  'planonderdelen',
  'planonderdelen_sleutels',
  'gemeenten',
  'gemeenten_codes',
  'partners',
  'geplande_datum',
  'toelichting',
]
const MILESTONE_COLUMNS = ['afspraak_id', 'afspraak', 'datum', 'mijlpaal']
const DELAY_COLUMNS = ['afspraak_id', 'afspraak', 'nummer', 'vorige_datum', 'nieuwe_datum', 'reden', 'vastgelegd_op', 'vastgelegd_door']
const MONITORING = 'Monitoring en evaluatie'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')

/** A worksheet's column number by its header (exceljs counts from 1). */
function columnOf(sheet: ExcelJS.Worksheet, name: string): number {
  const header = (sheet.getRow(1).values as unknown[]).map(String)
  const at = header.indexOf(name)
  if (at < 1) throw new Error(`the worksheet ${sheet.name} has a column ${name}`)
  return at
}

/** Write cells (by column name) into a new row at the end of a worksheet. */
function appendRow(sheet: ExcelJS.Worksheet, cells: Record<string, string>) {
  const row = sheet.getRow(sheet.rowCount + 1)
  for (const [name, value] of Object.entries(cells)) row.getCell(columnOf(sheet, name)).value = value
  row.commit()
}

/** The region's export as a workbook. */
async function exportedWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const bytes = await (await page.request.get(`${REGION}/afspraken/export.xlsx`)).body()
  const workbook = new ExcelJS.Workbook()
  // exceljs types an older Buffer; the bytes are the same
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`the export has a worksheet ${name}`)
  return sheet
}

/** Check a workbook on the import page and import it with the kept file (no second upload). */
async function importWorkbook(page: Page, workbook: ExcelJS.Workbook, counts: RegExp) {
  await page.goto(IMPORT)
  await page.getByLabel('Spreadsheet').setInputFiles({ name: `afspraken-${RUN}.xlsx`, mimeType: XLSX_TYPE, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) })
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible()
  await expect(page.getByText(counts).first()).toBeVisible()
  await page.getByRole('button', { name: 'Importeren', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Het bestand is geïmporteerd' })).toBeVisible()
  await expectNoA11yViolations(page)
}

test.describe('spreadsheets and attachments of a region’s agreements', () => {
  test('an editor exports XLSX and re-imports it unchanged: nothing changes', async ({ page }) => {
    // five exports (agreements, milestones, delays, before and after) and an import on a shared, loaded machine
    test.setTimeout(90_000)
    await loginAs(page, DEMO.region_editor)
    await page.goto(REGION)
    const before = await (await page.request.get(`${REGION}/afspraken/export.csv`)).text()
    expect(before.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(COLUMNS.join(','))
    const timelineBefore: Record<string, string> = {}
    for (const part of ['mijlpalen', 'vertragingen']) timelineBefore[part] = await (await page.request.get(`${REGION}/afspraken/export.csv?blad=${part}`)).text()
    expect(lines(timelineBefore.mijlpalen ?? '')[0]).toBe(MILESTONE_COLUMNS.join(','))
    expect(lines(timelineBefore.vertragingen ?? '')[0]).toBe(DELAY_COLUMNS.join(','))

    const dir = await mkdtemp(join(tmpdir(), 'bt-sheets-'))
    try {
      const downloading = page.waitForEvent('download')
      await page.getByRole('link', { name: 'Excel (.xlsx)' }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toBe('afspraken-zwolle.xlsx')
      const file = join(dir, 'afspraken-zwolle.xlsx')
      await download.saveAs(file)
      expect((await readFile(file)).subarray(0, 2).toString('latin1')).toBe('PK')

      await page.getByRole('link', { name: 'Afspraken importeren' }).click()
      await expect(page).toHaveURL(IMPORT)
      await expect(page.getByRole('heading', { level: 1, name: 'Afspraken importeren' })).toBeVisible()
      await expectNoA11yViolations(page)

      await page.getByLabel('Spreadsheet').setInputFiles(file)
      await page.getByRole('button', { name: 'Controleren' }).click()
      await expect(page.getByRole('heading', { name: 'Het bestand is in orde' })).toBeVisible()
      await expect(page.getByText(/0 nieuw, 0 gewijzigd, \d+ ongewijzigd/)).toBeVisible()
      await expect(page.getByText('Importeren verandert niets.')).toBeVisible()
      await expectNoA11yViolations(page)

      // the checked file is kept: importing needs no second upload
      await page.getByRole('button', { name: 'Importeren', exact: true }).click()
      await expect(page.getByRole('heading', { name: 'Het bestand is geïmporteerd' })).toBeVisible()
      await expect(page.getByText(/0 nieuw, 0 gewijzigd, \d+ ongewijzigd/)).toBeVisible()
      await expectNoA11yViolations(page)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    const after = await (await page.request.get(`${REGION}/afspraken/export.csv`)).text()
    expect(after).toBe(before)
    for (const part of ['mijlpalen', 'vertragingen']) {
      expect(await (await page.request.get(`${REGION}/afspraken/export.csv?blad=${part}`)).text()).toBe(timelineBefore[part])
    }
  })

  test('an XLSX export changed in a Dutch label column and re-imported applies that change and nothing else', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    const before = await (await page.request.get(`${REGION}/afspraken/export.xlsx`)).body()
    const workbook = new ExcelJS.Workbook()
    // exceljs types an older Buffer; the bytes are the same
    await workbook.xlsx.load(new Uint8Array(before).buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Afspraken', 'Mijlpalen', 'Vertragingen', 'Keuzelijsten'])
    const sheet = workbook.getWorksheet('Afspraken')
    if (!sheet) throw new Error('the export has its worksheet')
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const column = (name: string) => header.indexOf(name)
    // the first agreement without the theme gets it, typed in Dutch in the label column only
    let edited = 0
    for (let r = 2; r <= sheet.rowCount && edited === 0; r++) {
      const cell = sheet.getRow(r).getCell(column('themas'))
      if (cell.text.includes(MONITORING)) continue
      cell.value = `${cell.text}; ${MONITORING.toUpperCase()}`
      edited = r
    }
    expect(edited, 'an agreement without the monitoring theme').toBeGreaterThan(0)
    const id = sheet.getRow(edited).getCell(column('id')).text
    const csvBefore = await (await page.request.get(`${REGION}/afspraken/export.csv`)).text()

    await page.goto(IMPORT)
    const file = { name: 'afspraken-bewerkt.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) }
    await page.getByLabel('Spreadsheet').setInputFiles(file)
    await page.getByRole('button', { name: 'Controleren' }).click()
    await expect(page.getByText(/0 nieuw, 1 gewijzigd, \d+ ongewijzigd/)).toBeVisible()
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Het bestand is geïmporteerd' })).toBeVisible()
    await expectNoA11yViolations(page)

    // Only that agreement's row changed, and in it only its themes (labels and keys) and version
    const csvAfter = await (await page.request.get(`${REGION}/afspraken/export.csv`)).text()
    const changed = lines(csvAfter).filter((line, i) => line !== lines(csvBefore)[i])
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatch(new RegExp(`^"?${id}"?,`))
    expect(changed[0]).toContain(`; ${MONITORING}`)
    expect(changed[0]).toContain('; monitoring')
  })

  test('a CSV with a bad row is refused with its row and column named', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    const before = await (await page.request.get(`${REGION}/afspraken/export.csv`)).text()
    const cells: Record<string, string> = {
      titel: `Importfout ${RUN}`,
      stadium: 'concept',
      themas: 'bestaat_niet',
    }
    const csv = `${COLUMNS.join(',')}\r\n${COLUMNS.map((c) => cells[c] ?? '').join(',')}\r\n`
    await page.goto(IMPORT)
    const file = { name: 'afspraken-met-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }

    await page.getByLabel('Spreadsheet').setInputFiles(file)
    await page.getByRole('button', { name: 'Controleren' }).click()
    const errors = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Het bestand bevat fouten' }) })
    await expect(errors).toBeVisible()
    // Row 2 (under the header), column "themas": the unknown theme key.
    const themeError = errors.getByRole('row').filter({ has: page.getByRole('cell', { name: 'themas', exact: true }) })
    await expect(themeError).toHaveCount(1)
    await expect(themeError.getByRole('cell').nth(0)).toHaveText('2')
    // the message names the valid values
    await expect(themeError).toContainText('Onbekend thema ‘bestaat_niet’. Kies uit: Regiovisie en vaststelling per raad;')
    await expectNoA11yViolations(page)

    // a file with errors is not kept: there is nothing to import
    await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toHaveCount(0)
    const after = await (await page.request.get(`${REGION}/afspraken/export.csv`)).text()
    expect(after).toBe(before)
    expect(after).not.toContain(`Importfout ${RUN}`)

    // A file that is no spreadsheet is named as such, on the field.
    await page.getByLabel('Spreadsheet').setInputFiles({ name: 'kapot.xlsx', mimeType: 'application/octet-stream', buffer: PNG })
    await page.getByRole('button', { name: 'Controleren' }).click()
    await expect(page.getByText('Het bestand kon niet worden gelezen.', { exact: false })).toBeVisible()
    await expect(page.getByLabel('Spreadsheet')).toHaveAttribute('aria-invalid', 'true')
  })

  test('milestones and delays make the round trip: a new agreement with a milestone, then a milestone rewritten and a delay added', async ({ page }) => {
    // several exports and imports of the whole region's workbook on a shared, loaded machine
    test.setTimeout(120_000)
    await loginAs(page, DEMO.region_editor)
    const title = `Mijlpalen ${RUN}`
    const csv = async (part = '') => (await page.request.get(`${REGION}/afspraken/export.csv${part ? `?blad=${part}` : ''}`)).text()

    // 1. a new agreement row on "Afspraken" and its milestone on "Mijlpalen", named by its title
    const first = await exportedWorkbook(page)
    const agreements = sheetOf(first, 'Afspraken')
    appendRow(agreements, { titel: title, stadium: 'Concept', nvo_afspraken_sleutels: 'access', themas: 'toegang en landelijke toegankelijkheid', condities_sleutels: 'low_threshold_access', geplande_datum: '2027-09-01' })
    appendRow(sheetOf(first, 'Mijlpalen'), { afspraak: title, datum: '2027-03-01', mijlpaal: 'Eerste overleg' })
    await importWorkbook(page, first, /1 nieuw, 0 gewijzigd, \d+ ongewijzigd/)
    const milestonesCsv = await csv('mijlpalen')
    const created = lines(milestonesCsv).find((line) => line.includes(title))
    expect(created, 'the milestone is exported with its agreement').toMatch(/^\d+,/)
    const id = (created ?? '').split(',')[0] ?? ''
    expect(created).toBe(`${id},${title},2027-03-01,Eerste overleg`)

    // 2. its milestone rewritten, a second one added, and a delay recorded, in the workbook
    const [agreementsBefore, delaysBefore] = [await csv(), await csv('vertragingen')]
    const second = await exportedWorkbook(page)
    const milestones = sheetOf(second, 'Mijlpalen')
    for (let r = 2; r <= milestones.rowCount; r++) {
      const row = milestones.getRow(r)
      if (row.getCell(columnOf(milestones, 'afspraak_id')).text === id) row.getCell(columnOf(milestones, 'mijlpaal')).value = 'Eerste overleg met de corporaties'
    }
    appendRow(milestones, { afspraak_id: id, datum: '2027-06-01', mijlpaal: 'Besluit in de stuurgroep' })
    appendRow(sheetOf(second, 'Vertragingen'), { afspraak_id: id, nieuwe_datum: '2027-12-01', reden: 'De aanbesteding loopt uit' })
    await importWorkbook(page, second, /0 nieuw, 1 gewijzigd, \d+ ongewijzigd/)

    // only that agreement changed: its milestones, one new delay (numbered, the old date kept), its version
    const milestonesAfter = await csv('mijlpalen')
    expect(lines(milestonesAfter).filter((line) => !lines(milestonesCsv).includes(line))).toEqual([
      `${id},${title},2027-03-01,Eerste overleg met de corporaties`,
      `${id},${title},2027-06-01,Besluit in de stuurgroep`,
    ])
    const delaysAfter = await csv('vertragingen')
    const newDelays = lines(delaysAfter).filter((line) => !lines(delaysBefore).includes(line))
    expect(newDelays).toHaveLength(1)
    expect(newDelays[0]).toMatch(new RegExp(`^${id},${title},1,2027-09-01,2027-12-01,De aanbesteding loopt uit,\\d{4}-\\d{2}-\\d{2},`))
    const changedAgreements = lines(await csv()).filter((line) => !lines(agreementsBefore).includes(line))
    expect(changedAgreements).toHaveLength(1)
    expect(changedAgreements[0]).toMatch(new RegExp(`^${id},3,`))

    // 3. the new export re-imported changes nothing
    await importWorkbook(page, await exportedWorkbook(page), /0 nieuw, 0 gewijzigd, \d+ ongewijzigd/)
    expect(await csv('mijlpalen')).toBe(milestonesAfter)
    expect(await csv('vertragingen')).toBe(delaysAfter)

    await page.goto(`${REGION}/afspraken/${id}`)
    await expect(page.getByText('De aanbesteding loopt uit')).toBeVisible()
    await expect(page.getByText('Besluit in de stuurgroep')).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('an editor publishes a selection at once, beside the bulk stage change', async ({ page }) => {
    // several exports and imports of the whole region's workbook on a shared, loaded machine
    test.setTimeout(120_000)
    await loginAs(page, DEMO.region_editor)
    const titles = [`Samen publiceren A ${RUN}`, `Samen publiceren B ${RUN}`]
    const workbook = await exportedWorkbook(page)
    for (const title of titles) {
      appendRow(sheetOf(workbook, 'Afspraken'), { titel: title, stadium: 'Concept', nvo_afspraken_sleutels: 'access', themas_sleutels: 'access', condities_sleutels: 'low_threshold_access' })
    }
    await importWorkbook(page, workbook, /2 nieuw, 0 gewijzigd, \d+ ongewijzigd/)

    await page.goto(LIST)
    const list = page.getByRole('region', { name: 'Afspraken van de regio' })
    await page.getByRole('button', { name: 'Gekozen afspraken publiceren' }).click()
    await expect(page.getByText('Kies minstens één afspraak.')).toBeVisible()
    for (const title of titles) await list.getByRole('checkbox', { name: `Kies ${title}` }).check()
    await page.getByRole('button', { name: 'Gekozen afspraken publiceren' }).click()
    await expect(page.getByRole('status').filter({ hasText: '2 afspraken zijn gepubliceerd.' })).toBeVisible()
    await expectNoA11yViolations(page)
    for (const title of titles) {
      await expect(list.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) })).toContainText('Gepubliceerd')
    }
    // what is published shows to a reader outside the region
    await page.context().clearCookies()
    await loginAs(page, DEMO.steering_member)
    await page.goto(LIST)
    await expect(page.getByRole('region', { name: 'Afspraken van de regio' }).getByRole('link', { name: titles[0], exact: true })).toBeVisible()
  })

  test('the bulk stage change asks for a selection', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto(LIST)
    await page.getByLabel('Nieuw stadium').selectOption('vastgesteld')
    await page.getByRole('button', { name: 'Stadium wijzigen' }).click()
    await expect(page.getByText('Kies minstens één afspraak.')).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('an agreement gets a pdf attachment; a mislabelled file is refused', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto(LIST)
    await page.getByRole('region', { name: 'Afspraken van de regio' }).getByRole('rowheader').first().getByRole('link').click()
    await expect(page).toHaveURL(/\/regio\/zwolle\/afspraken\/\d+$/)
    const fileField = page.getByLabel('Bestand', { exact: true })
    await expect(page.getByText('pdf, Office-document of afbeelding, hoogstens 10 MB')).toBeVisible()

    const name = `afspraak-bijlage-${RUN}.pdf`
    await fileField.setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF })
    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click()
    await expect(page.getByText('De bijlage is toegevoegd.')).toBeVisible()
    const link = page.getByRole('region', { name: 'Bijlagen' }).getByRole('link', { name })
    await expect(link).toBeVisible()
    const download = await page.request.get((await link.getAttribute('href')) ?? '')
    expect(download.status()).toBe(200)
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await expectNoA11yViolations(page)

    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: PNG })
    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click()
    await expect(page.getByText('De inhoud is een PNG-afbeelding, maar de naam eindigt op .pdf.', { exact: false })).toBeVisible()
    await expect(page.getByLabel('Bestand', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('region', { name: 'Bijlagen' }).getByRole('link', { name: 'x.pdf' })).toHaveCount(0)
    await expectNoA11yViolations(page)
  })
})
