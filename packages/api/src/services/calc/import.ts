import { insertCalcDataset, listMunicipalitiesWithRegion, type DB, type Transaction } from '@bt/db'
import {
  DomainError,
  MunicipalityCodeSchema,
  parseCsv,
  readDecimal,
  type CsvRecord,
  type CalcDatasetImportSchema,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'

// An administrator imports real calculation tables (/beheer/rekendata), all-or-nothing: three CSV
// files, each row checked, every problem named by file, row and column (row 1 is the header, as in
// a spreadsheet). Once imported, the newest data set is today's and the example label disappears.

type Input = z.output<typeof CalcDatasetImportSchema>

/** The files and their columns, as the import page explains them. */
export const CALC_IMPORT_FILES = {
  historical: { name: 'historische bedragen', columns: ['gemeentecode', 'bedrag'] },
  measures: { name: 'maatstaven', columns: ['maatstaf', 'omschrijving', 'gewicht'] },
  values: { name: 'maatstafwaarden', columns: ['gemeentecode', 'maatstaf', 'waarde'] },
} as const
type FileKey = keyof typeof CALC_IMPORT_FILES

/** One problem in one cell; row 0 means the whole file. */
export interface CalcImportRowError {
  file: string
  row: number
  column: string
  message: string
}

const MAX_ERRORS = 200
const MAX_DECIMAL = 1e12

class Collector {
  readonly errors: CalcImportRowError[] = []
  add(file: FileKey, row: number, column: string, message: string) {
    if (this.errors.length < MAX_ERRORS)
      this.errors.push({ file: CALC_IMPORT_FILES[file].name, row, column, message })
  }
}

function readFile(csv: string, file: FileKey, errors: Collector): CsvRecord[] {
  let records: CsvRecord[]
  try {
    records = parseCsv(csv).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), v.trim()])),
    )
  } catch {
    errors.add(
      file,
      1,
      '-',
      'Het bestand is geen geldige CSV: een aanhalingsteken wordt niet gesloten.',
    )
    return []
  }
  const header = new Set(Object.keys(records[0] ?? {}))
  const missing = CALC_IMPORT_FILES[file].columns.filter((c) => !header.has(c))
  for (const column of missing)
    errors.add(file, 1, column, `De kolom ${column} ontbreekt in de kopregel.`)
  if (records.length === 0 && missing.length === 0)
    errors.add(file, 0, '-', 'Het bestand bevat geen rijen.')
  return missing.length > 0 ? [] : records
}

/** A non-negative decimal with at most `decimals` decimals, scaled to an integer; or an error message. */
export function readScaled(text: string, decimals: number): number | string {
  const parts = readDecimal(text)
  if (!parts) return `"${text}" is geen getal; gebruik bijvoorbeeld 1234567,89 of 1234567.89.`
  const [whole, fraction] = parts
  if (fraction.replace(/0+$/, '').length > decimals)
    return `"${text}" heeft meer dan ${decimals} cijfers achter de komma.`
  const scaled =
    Number(whole) * 10 ** decimals +
    Number(fraction.padEnd(decimals, '0').slice(0, decimals) || '0')
  if (Number(whole) > MAX_DECIMAL || !Number.isSafeInteger(scaled)) return `"${text}" is te groot.`
  return scaled
}

/**
 * Check the three files against the municipalities we know: historical amounts (euros, at most two
 * decimals) per centrumgemeente, measures with a weight, and one value per municipality and measure.
 */
export function planCalcImport(input: Input, municipalities: ReadonlyMap<string, string>) {
  const errors = new Collector()
  const codeAt = (file: FileKey, row: number, text: string | undefined) => {
    const code = MunicipalityCodeSchema.safeParse(text ?? '')
    if (!code.success)
      return errors.add(
        file,
        row,
        'gemeentecode',
        code.error.issues[0]?.message ?? 'Ongeldige gemeentecode.',
      )
    if (!municipalities.has(code.data))
      return errors.add(file, row, 'gemeentecode', `Gemeente ${code.data} is onbekend.`)
    return code.data
  }

  const historical = new Map<string, number>()
  readFile(input.historicalCsv, 'historical', errors).forEach((record, index) => {
    const row = index + 2
    const code = codeAt('historical', row, record.gemeentecode)
    const cents = readScaled(record.bedrag ?? '', 2)
    if (typeof cents === 'string') errors.add('historical', row, 'bedrag', cents)
    if (code && historical.has(code))
      errors.add(
        'historical',
        row,
        'gemeentecode',
        `Gemeente ${code} staat al eerder in het bestand.`,
      )
    else if (code && typeof cents === 'number') historical.set(code, cents)
  })
  if (historical.size > 0 && [...historical.values()].every((cents) => cents === 0)) {
    errors.add(
      'historical',
      0,
      'bedrag',
      'Alle historische bedragen zijn 0: dan valt er historisch niets te verdelen.',
    )
  }

  const measures = new Map<
    string,
    { key: string; label: string; weight: number; perInhabitant: boolean }
  >()
  // Keys named in the measures file, valid rows or not: a bad weight is one error, not one per value.
  const measureKeys = new Set<string>()
  readFile(input.measuresCsv, 'measures', errors).forEach((record, index) => {
    const row = index + 2
    const key = (record.maatstaf ?? '').toLowerCase()
    if (!/^[a-z0-9_]{1,40}$/.test(key))
      errors.add(
        'measures',
        row,
        'maatstaf',
        'Een maatstaf heeft een korte naam van kleine letters, cijfers en _, zoals lage_inkomens.',
      )
    else if (measureKeys.has(key))
      errors.add('measures', row, 'maatstaf', `Maatstaf ${key} staat al eerder in het bestand.`)
    const isFirst = !measureKeys.has(key)
    measureKeys.add(key)
    const weight = readScaled(record.gewicht ?? '', 6)
    if (typeof weight === 'string') errors.add('measures', row, 'gewicht', weight)
    const perInhabitant = (record.per_inwoner ?? '').toLowerCase()
    if (!['', 'ja', 'nee'].includes(perInhabitant))
      errors.add('measures', row, 'per_inwoner', 'Vul ja of nee in.')
    if (/^[a-z0-9_]{1,40}$/.test(key) && isFirst && typeof weight === 'number') {
      measures.set(key, {
        key,
        label: record.omschrijving || key,
        weight: weight / 1e6,
        perInhabitant: perInhabitant === 'ja',
      })
    }
  })
  if (measures.size > 0 && [...measures.values()].every((m) => m.weight === 0)) {
    errors.add(
      'measures',
      0,
      'gewicht',
      'Alle gewichten zijn 0: dan valt er objectief niets te verdelen.',
    )
  }

  const values = new Map<string, { measureKey: string; municipalityCode: string; value: number }>()
  readFile(input.valuesCsv, 'values', errors).forEach((record, index) => {
    const row = index + 2
    const code = codeAt('values', row, record.gemeentecode)
    const key = (record.maatstaf ?? '').toLowerCase()
    if (!measureKeys.has(key))
      errors.add(
        'values',
        row,
        'maatstaf',
        `Maatstaf ${key || '(leeg)'} staat niet in het bestand met maatstaven.`,
      )
    const value = readScaled(record.waarde ?? '', 6)
    if (typeof value === 'string') errors.add('values', row, 'waarde', value)
    if (!code || !measureKeys.has(key) || typeof value === 'string') return
    const id = `${code}/${key}`
    if (values.has(id))
      errors.add(
        'values',
        row,
        'gemeentecode',
        `Gemeente ${code} heeft al een waarde voor maatstaf ${key}.`,
      )
    else values.set(id, { measureKey: key, municipalityCode: code, value: value / 1e6 })
  })
  if (values.size > 0) {
    for (const key of measureKeys) {
      const missing = [...municipalities].filter(([code]) => !values.has(`${code}/${key}`))
      // A handful is named one by one; a whole missing column is one message, not 342.
      if (missing.length > 5) {
        const examples = missing
          .slice(0, 3)
          .map(([code, name]) => `${code} (${name})`)
          .join(', ')
        errors.add(
          'values',
          0,
          'waarde',
          `${missing.length} gemeenten hebben geen waarde voor maatstaf ${key}, onder andere ${examples}.`,
        )
      } else {
        for (const [code, name] of missing)
          errors.add(
            'values',
            0,
            'waarde',
            `Gemeente ${code} (${name}) heeft geen waarde voor maatstaf ${key}.`,
          )
      }
    }
  }
  return {
    errors: errors.errors,
    historical: [...historical].map(([municipalityCode, amountCents]) => ({
      municipalityCode,
      amountCents,
    })),
    measures: [...measures.values()],
    values: [...values.values()],
  }
}

/** Import a data set all-or-nothing; refused with the row errors when any cell is wrong. Audited. */
export async function importCalcDataset(
  trx: Transaction<DB>,
  ctx: Pick<Context, 'actor' | 'requestId' | 'today'>,
  input: Input,
) {
  const municipalities = await listMunicipalitiesWithRegion(trx, { onDate: ctx.today })
  const plan = planCalcImport(input, new Map(municipalities.map((m) => [m.code, m.name])))
  if (plan.errors.length > 0) {
    const count =
      plan.errors.length >= MAX_ERRORS ? `${MAX_ERRORS} of meer` : String(plan.errors.length)
    throw new DomainError(
      'INVALID',
      `De rekendata is niet geïmporteerd: ${count} fout(en) in de bestanden.`,
      { rowErrors: plan.errors },
    )
  }
  const note = `${plan.historical.length} historische bedragen, ${plan.measures.length} maatstaven, ${plan.values.length} waarden`
  const datasetId = await insertCalcDataset(trx, {
    dataset: {
      label: input.label,
      kind: 'imported',
      budgetYear: input.budgetYear,
      macroBudgetCents: input.macroBudgetEuros,
      seed: null,
      note,
      createdBy: ctx.actor?.userId ?? null,
    },
    historical: plan.historical,
    measures: plan.measures,
    values: plan.values,
  })
  await audit(trx, ctx, {
    action: 'calc_dataset.imported',
    entityType: 'calc_dataset',
    entityId: String(datasetId),
    after: {
      label: input.label,
      budgetYear: input.budgetYear,
      macroBudgetCents: input.macroBudgetEuros,
      note,
    },
  })
  return { datasetId, note }
}
