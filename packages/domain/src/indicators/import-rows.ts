import { AREA_LEVELS, AREA_LEVEL_LABELS, NATION_CODE, type AreaLevel, type IndicatorDefinition } from './catalogue.ts'
import { parsePeriod, type ParsedPeriod, type PeriodParse } from './periods.ts'
import { VALUE_STATES, VALUE_STATE_LABELS, checkValue, type CheckedValue, type ValueField, type ValueState } from './values.ts'

/** The columns of the indicator import and its template, with their Dutch headers, in order. */
export const INDICATOR_IMPORT_COLUMNS = [
  { key: 'indicator', header: 'indicator' },
  { key: 'level', header: 'niveau' },
  { key: 'areaCode', header: 'gebiedscode' },
  { key: 'period', header: 'periode' },
  { key: 'value', header: 'waarde' },
  { key: 'numerator', header: 'teller' },
  { key: 'denominator', header: 'noemer' },
  { key: 'state', header: 'status' },
  { key: 'source', header: 'bron' },
] as const

/** The largest file the import takes in one go (ten years of quarters for every municipality and a few indicators). */
export const MAX_INDICATOR_IMPORT_ROWS = 200_000

/** The largest indicator import file: 200,000 CSV rows of about 60 bytes, with room for long source texts. */
export const MAX_INDICATOR_IMPORT_BYTES = 16 * 1024 * 1024

/** What the row check needs to know about areas: municipalities with their validity, and region codes. */
export interface ImportAreas {
  municipalities: ReadonlyMap<string, { name: string; validFrom: string | null; validTo: string | null }>
  regions: ReadonlyMap<string, string>
}

/** A checked import row, ready to stage. */
export interface ImportRow extends CheckedValue {
  indicatorKey: string
  level: AreaLevel
  areaCode: string
  period: string
  periodEnd: string
  source: string
}

/** A row's problems, each named by its Dutch column header. */
export type ImportRowCheck = { ok: true; row: ImportRow } | { ok: false; errors: { column: string; message: string }[] }

const LEVEL_BY_WORD: Record<string, AreaLevel> = { gemeente: 'municipality', regio: 'region', landelijk: 'nation', nederland: 'nation' }
// Object.fromEntries loses the value type; the values are the VALUE_STATES themselves.
const STATE_BY_WORD = Object.fromEntries(VALUE_STATES.map((s) => [VALUE_STATE_LABELS[s], s])) as Record<string, ValueState>
const HEADER_OF_FIELD: Record<ValueField, string> = { value: 'waarde', numerator: 'teller', denominator: 'noemer', state: 'status' }

/** CBS cell symbols in the value column: `.` and `x` suppressed, `-` nil (a real zero). */
function stateFromSymbol(value: string): ValueState | null {
  const v = value.trim().toLowerCase()
  if (v === '.' || v === 'x') return 'suppressed'
  if (v === '-') return 'nil'
  return null
}

function checkArea(level: AreaLevel, code: string, period: ParsedPeriod, areas: ImportAreas): string | null {
  if (level === 'nation') return code === NATION_CODE ? null : `Landelijke waarden hebben gebiedscode ${NATION_CODE}, niet '${code}'.`
  if (level === 'region') {
    if (areas.regions.has(code)) return null
    const choices = [...areas.regions].map(([c, name]) => `${c} (${name})`).join(', ')
    return `Regio '${code}' bestaat niet. Een regio heeft de code van haar centrumgemeente; kies uit: ${choices}.`
  }
  const municipality = areas.municipalities.get(code)
  if (!municipality) {
    return /^GM\d{4}$/.test(code)
      ? `Gemeentecode ${code} bestaat niet. Gebruik een CBS-gemeentecode uit de gemeentelijst (bijvoorbeeld GM0193 voor Zwolle).`
      : `'${code}' is geen gemeentecode: die bestaat uit GM en vier cijfers (bijvoorbeeld GM0193).`
  }
  const startsLate = municipality.validFrom !== null && municipality.validFrom > period.lastDay
  const endedEarly = municipality.validTo !== null && municipality.validTo <= period.lastDay
  if (startsLate) return `Gemeente ${code} (${municipality.name}) bestond nog niet in ${period.key}: zij bestaat vanaf ${municipality.validFrom}.`
  if (endedEarly) return `Gemeente ${code} (${municipality.name}) bestond niet meer aan het eind van ${period.key}: zij bestond tot ${municipality.validTo}.`
  return null
}

/** The checks of one row's period and area; a file repeats few periods and areas, so a checker remembers them. */
interface RowContext {
  period: (text: string) => PeriodParse
  area: (level: AreaLevel, code: string, period: ParsedPeriod) => string | null
}

/**
 * Check one import row (cells keyed by Dutch header) against the catalogue and the areas. Every
 * problem is named by its column, with the valid choices where there are few. A period ending in `*`
 * or `**` is CBS's mark for provisional; `.`, `x` and `-` in the value column are CBS's symbols.
 */
export function checkImportRow(
  cells: Readonly<Record<string, string>>,
  catalogue: ReadonlyMap<string, IndicatorDefinition>,
  areas: ImportAreas,
): ImportRowCheck {
  return checkRow(cells, catalogue, { period: parsePeriod, area: (level, code, period) => checkArea(level, code, period, areas) })
}

/**
 * checkImportRow for many rows of one file: the same checks, with each distinct period text and
 * (level, area, period) checked once (a 100,000-row file has a few dozen periods).
 */
export function createImportRowChecker(
  catalogue: ReadonlyMap<string, IndicatorDefinition>,
  areas: ImportAreas,
): (cells: Readonly<Record<string, string>>) => ImportRowCheck {
  const periods = new Map<string, PeriodParse>()
  // Keyed level → period → area code: lookups on strings the row already holds, so no key is built per row.
  const areaProblems = new Map<AreaLevel, Map<string, Map<string, string | null>>>()
  const context: RowContext = {
    period: (text) => {
      let parsed = periods.get(text)
      if (!parsed) periods.set(text, (parsed = parsePeriod(text)))
      return parsed
    },
    area: (level, code, period) => {
      let ofLevel = areaProblems.get(level)
      if (!ofLevel) areaProblems.set(level, (ofLevel = new Map<string, Map<string, string | null>>()))
      let ofPeriod = ofLevel.get(period.key)
      if (!ofPeriod) ofLevel.set(period.key, (ofPeriod = new Map<string, string | null>()))
      let problem = ofPeriod.get(code)
      if (problem === undefined) ofPeriod.set(code, (problem = checkArea(level, code, period, areas)))
      return problem
    },
  }
  return (cells) => checkRow(cells, catalogue, context)
}

function checkRow(cells: Readonly<Record<string, string>>, catalogue: ReadonlyMap<string, IndicatorDefinition>, context: RowContext): ImportRowCheck {
  const cell = (header: string) => (cells[header] ?? '').trim()
  const errors: { column: string; message: string }[] = []

  const indicator = catalogue.get(cell('indicator'))
  if (!indicator) {
    errors.push({ column: 'indicator', message: `Onbekende indicator '${cell('indicator')}'. Kies uit: ${[...catalogue.keys()].join(', ')}.` })
  }
  const level = LEVEL_BY_WORD[cell('niveau').toLowerCase()]
  if (!level) {
    errors.push({ column: 'niveau', message: `Onbekend niveau '${cell('niveau')}'. Kies uit: ${AREA_LEVELS.map((l) => AREA_LEVEL_LABELS[l]).join(', ')}.` })
  } else if (indicator && !indicator.levels.includes(level)) {
    errors.push({ column: 'niveau', message: `${indicator.key} wordt niet per ${AREA_LEVEL_LABELS[level]} gemeld. Kies uit: ${indicator.levels.map((l) => AREA_LEVEL_LABELS[l]).join(', ')}.` })
  }

  const periodText = cell('periode')
  const provisionalMark = /\*{1,2}$/.test(periodText)
  const parsed = context.period(provisionalMark ? periodText.replace(/\*+$/, '') : periodText)
  if (!parsed.ok) errors.push({ column: 'periode', message: parsed.message })
  else if (indicator && !indicator.periodKinds.includes(parsed.period.kind)) {
    errors.push({ column: 'periode', message: `${indicator.key} wordt niet per ${parsed.period.kind === 'quarter' ? 'kwartaal' : parsed.period.kind === 'half_year' ? 'halfjaar' : 'jaar'} gemeld.` })
  }

  const areaCode = cell('gebiedscode').toUpperCase()
  if (level && parsed.ok) {
    const problem = context.area(level, areaCode, parsed.period)
    if (problem) errors.push({ column: 'gebiedscode', message: problem })
  }

  const stateWord = cell('status').toLowerCase()
  const symbolState = stateFromSymbol(cell('waarde'))
  let state: ValueState | undefined = symbolState ?? (stateWord === '' ? (provisionalMark ? 'provisional' : 'final') : STATE_BY_WORD[stateWord])
  if (symbolState && stateWord !== '' && STATE_BY_WORD[stateWord] !== symbolState) state = undefined
  if (!state) {
    errors.push({ column: 'status', message: `Onbekende status '${cell('status')}'. Kies uit: ${VALUE_STATES.map((s) => VALUE_STATE_LABELS[s]).join(', ')} (of laat leeg voor definitief).` })
  }
  if (!indicator || !level || !parsed.ok || !state || errors.length) return { ok: false, errors }

  const checked = checkValue(indicator, {
    state,
    value: symbolState ? '' : cell('waarde'),
    numerator: cell('teller'),
    denominator: cell('noemer'),
  })
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ column: HEADER_OF_FIELD[e.field], message: e.message })) }
  return {
    ok: true,
    row: {
      state: checked.value.state,
      value: checked.value.value,
      numerator: checked.value.numerator,
      denominator: checked.value.denominator,
      indicatorKey: indicator.key,
      level,
      areaCode,
      period: parsed.period.key,
      periodEnd: parsed.period.lastDay,
      source: cell('bron').slice(0, 500) || indicator.source,
    },
  }
}

/** The headers a file lacks, by their Dutch names; 'waarde'/'teller'/'noemer'/'status'/'bron' may be absent. */
export function missingImportHeaders(headers: readonly string[]): string[] {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()))
  return ['indicator', 'niveau', 'gebiedscode', 'periode'].filter((h) => !present.has(h))
}
