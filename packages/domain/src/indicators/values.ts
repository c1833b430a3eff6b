import type { IndicatorDefinition } from './catalogue.ts'

/**
 * A value's state, kept as a state and never folded into a number: final; provisional (CBS `*`, `**`);
 * suppressed (CBS `.` and `x`: unknown, unreliable or confidential); nil (CBS `-`, a real zero); missing.
 */
export const VALUE_STATES = ['final', 'provisional', 'suppressed', 'nil', 'missing'] as const
export type ValueState = (typeof VALUE_STATES)[number]

/** Dutch labels of the states, which are also the words accepted in the import's status column. */
export const VALUE_STATE_LABELS: Record<ValueState, string> = {
  final: 'definitief',
  provisional: 'voorlopig',
  suppressed: 'geheim',
  nil: 'nihil',
  missing: 'ontbreekt',
}

/** States that carry a number (nil carries zero). */
export function hasNumber(state: ValueState): boolean {
  return state === 'final' || state === 'provisional' || state === 'nil'
}

/** What someone typed for one value: state and the cells as text (empty when left blank). */
export interface RawValue {
  state: ValueState
  value: string
  numerator: string
  denominator: string
}

/** A checked value: the number in the indicator's unit (cents for amounts, a percentage for shares). */
export interface CheckedValue {
  state: ValueState
  value: number | null
  numerator: number | null
  denominator: number | null
}

/** Which input a message belongs to. */
export type ValueField = 'value' | 'numerator' | 'denominator' | 'state'

export type ValueCheck = { ok: true; value: CheckedValue } | { ok: false; errors: { field: ValueField; message: string }[] }

const NUMBER = /^-?\d+(?:[.,]\d+)?$/
const WHOLE_NUMBER = /^-?\d+$/

/** Read a number typed the Dutch or the English way ('12,5' or '12.5'); null when blank, NaN when not a number. */
export function readNumber(text: string): number | null {
  // Most cells are plain whole numbers: read those without copying the text (an import reads 100,000).
  if (WHOLE_NUMBER.test(text)) return Number(text)
  const t = text.trim().replace(/\s/g, '')
  if (t === '') return null
  if (!NUMBER.test(t)) return Number.NaN
  return Number(t.replace(',', '.'))
}

const fmt = (n: number) => String(n).replace('.', ',')

function checkInUnit(indicator: IndicatorDefinition, n: number): string | null {
  switch (indicator.unit) {
    case 'count':
      return Number.isInteger(n) && n >= 0 ? null : `Een aantal is een heel getal van 0 of meer; ${fmt(n)} kan niet.`
    case 'percentage':
      return n >= 0 && n <= 100 ? null : `Een percentage ligt tussen 0 en 100; ${fmt(n)} kan niet.`
    case 'per_thousand':
    case 'days':
      return n >= 0 ? null : `Deze waarde kan niet negatief zijn; ${fmt(n)} kan niet.`
    case 'yes_no':
      return n === 0 || n === 1 ? null : `Vul 1 (ja) of 0 (nee) in; ${fmt(n)} kan niet.`
    case 'ordinal': {
      const levels = indicator.ordinalLevels
      return levels.some((l) => l.value === n)
        ? null
        : `Kies een van de niveaus: ${levels.map((l) => `${l.value} (${l.label})`).join(', ')}.`
    }
    case 'amount_cents':
      return Math.abs(n * 100 - Math.round(n * 100)) < 1e-6
        ? null
        : `Een bedrag heeft hoogstens twee decimalen; ${fmt(n)} kan niet.`
  }
}

const RATIO_SCALE: Partial<Record<IndicatorDefinition['unit'], number>> = { percentage: 100, per_thousand: 1000 }

/**
 * Check one value against its indicator: states without a number must be blank, a ratio needs a
 * numerator and a positive denominator (the value is recomputed from them), every number must fit the
 * unit. Amounts are typed in euros and returned in cents. Messages are Dutch and name the number.
 */
export function checkValue(indicator: IndicatorDefinition, raw: RawValue): ValueCheck {
  const errors: { field: ValueField; message: string }[] = []
  const value = readNumber(raw.value)
  const numerator = readNumber(raw.numerator)
  const denominator = readNumber(raw.denominator)
  if (Number.isNaN(value) || Number.isNaN(numerator) || Number.isNaN(denominator)) {
    for (const [field, n, text] of [['value', value, raw.value], ['numerator', numerator, raw.numerator], ['denominator', denominator, raw.denominator]] as const) {
      if (n !== null && Number.isNaN(n)) errors.push({ field, message: `'${text.trim()}' is geen getal. Gebruik cijfers met hoogstens één decimaalteken, zonder scheidingstekens voor duizendtallen.` })
    }
    return { ok: false, errors }
  }

  if (!hasNumber(raw.state)) {
    if (value !== null || numerator !== null || denominator !== null) {
      return { ok: false, errors: [{ field: 'value', message: `Een waarde met status '${VALUE_STATE_LABELS[raw.state]}' heeft geen getal: laat de cel leeg of kies een andere status.` }] }
    }
    return { ok: true, value: { state: raw.state, value: null, numerator: null, denominator: null } }
  }
  if (raw.state === 'nil') {
    const nonZero = [value, numerator].some((n) => n !== null && n !== 0)
    if (nonZero) return { ok: false, errors: [{ field: 'value', message: "Status 'nihil' betekent een echte nul: laat de waarde leeg of vul 0 in." }] }
  }

  if (indicator.aggregation === 'ratio') return checkRatio(indicator, raw.state, value, numerator, denominator)

  const n = raw.state === 'nil' ? 0 : value
  if (n === null) return { ok: false, errors: [{ field: 'value', message: 'Vul een waarde in, of kies de status geheim of ontbreekt.' }] }
  const unitError = checkInUnit(indicator, n)
  if (unitError) return { ok: false, errors: [{ field: 'value', message: unitError }] }
  const stored = indicator.unit === 'amount_cents' ? Math.round(n * 100) : n
  return { ok: true, value: { state: raw.state, value: stored, numerator: null, denominator: null } }
}

function checkRatio(
  indicator: IndicatorDefinition,
  state: ValueState,
  value: number | null,
  numerator: number | null,
  denominator: number | null,
): ValueCheck {
  if (value !== null) {
    const unitError = checkInUnit(indicator, value)
    if (unitError) return { ok: false, errors: [{ field: 'value', message: unitError }] }
  }
  const errors: { field: ValueField; message: string }[] = []
  if (numerator === null) errors.push({ field: 'numerator', message: 'Vul de teller in: een verhouding wordt uit teller en noemer berekend, zodat regio’s en het land goed optellen.' })
  if (denominator === null) errors.push({ field: 'denominator', message: 'Vul de noemer in: een verhouding wordt uit teller en noemer berekend, zodat regio’s en het land goed optellen.' })
  if (numerator === null || denominator === null) return { ok: false, errors }
  const num = state === 'nil' ? 0 : numerator
  const den = denominator
  if (den === 0) return { ok: false, errors: [{ field: 'denominator', message: 'De noemer is 0: daarmee is geen verhouding te berekenen. Vul een noemer groter dan 0 in, of kies de status ontbreekt.' }] }
  if (den < 0 || num < 0) return { ok: false, errors: [{ field: den < 0 ? 'denominator' : 'numerator', message: 'Teller en noemer kunnen niet negatief zijn.' }] }
  if (indicator.unit === 'percentage' && num > den) {
    const pct = Math.round((num / den) * 1000) / 10
    return { ok: false, errors: [{ field: 'numerator', message: `De teller (${fmt(num)}) is groter dan de noemer (${fmt(den)}): dat geeft ${fmt(pct)}%, en een aandeel ligt tussen 0 en 100%.` }] }
  }
  const scale = RATIO_SCALE[indicator.unit] ?? 1
  const storedNumerator = indicator.unit === 'amount_cents' ? Math.round(num * 100) : num
  const computed = (storedNumerator / den) * scale
  const shown = indicator.unit === 'amount_cents' ? computed / 100 : computed
  if (value !== null && Math.abs(value - shown) > 0.05 * Math.max(1, Math.abs(shown))) {
    return { ok: false, errors: [{ field: 'value', message: `De waarde ${fmt(value)} past niet bij teller en noemer (${fmt(Math.round(shown * 10) / 10)}): laat de waarde leeg, dan wordt ze berekend.` }] }
  }
  return { ok: true, value: { state, value: computed, numerator: storedNumerator, denominator: den } }
}

/** Municipal cells of one region and period summed in SQL (the db sums them, `@bt/indicators` rolls them up): how many have a number, how many are suppressed, the sums. */
export interface RegionSums {
  regionCode: string
  covered: number
  suppressed: number
  provisional: boolean
  valueSum: number | null
  numeratorSum: number | null
  denominatorSum: number | null
}
