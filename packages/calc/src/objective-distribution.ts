// Objective distribution (DOMAIN.md §6.1; seed 003 slide "Aanpassingen aan stelsel (3/4)"): a
// municipality's score = Σ over measures (value of measure m for it) × weight of m; the budget is
// then split pro rata score by the one allocator. Measures and weights are year-versioned data: the
// caller passes the year's set. Scores are exact (decimal-read doubles in bigint), so the order of
// measures or municipalities cannot move a cent.
import { allocateExact } from './allocate.ts'
import { CalcError, formatPath } from './errors.ts'
import { divideRounded, powerOfTen, toDecimal } from './exact.ts'
import {
  isCents,
  isWeight,
  requireCents,
  requireCount,
  requireUniqueKeys,
  requireWeight,
} from './guards.ts'
import { itemAt } from './checked.ts'

/**
 * A measure (maatstaf) with its weight for the year; perInhabitant values are multiplied by
 * inhabitants first.
 */
export interface Measure {
  readonly key: string
  readonly weight: number
  readonly perInhabitant?: boolean
}

/** A municipality with its inhabitants and its value for every measure of the year. */
export interface MeasuredMunicipality {
  readonly code: string
  readonly inhabitants: number
  readonly measureValues: Readonly<Record<string, number>>
}

/** Input of distributeObjectively: the budget in cents, the year's measures, the municipalities. */
export interface ObjectiveDistributionInput {
  readonly budgetCents: number
  readonly measures: readonly Measure[]
  readonly municipalities: readonly MeasuredMunicipality[]
}

/**
 * One municipality's objective amount and the per-inhabitant figure (cents, rounded half up; null
 * for 0).
 */
export interface ObjectiveShare {
  readonly code: string
  readonly inhabitants: number
  readonly amountCents: number
  readonly perInhabitantCents: number | null
}

/** The objective distribution of budgetCents, one share per municipality in input order. */
export interface ObjectiveDistribution {
  readonly totalCents: number
  readonly municipalities: readonly ObjectiveShare[]
}

/**
 * Splits budgetCents over municipalities pro rata Σ measure value × weight (exact), keeping every
 * cent; adds a per-inhabitant figure. Throws CalcError on bad cents or counts, a negative or
 * non-finite value or weight, a missing measure value, repeated codes or keys, or a positive budget
 * where every score is zero.
 */
export function distributeObjectively(input: ObjectiveDistributionInput): ObjectiveDistribution {
  const budgetCents = requireCents(input.budgetCents, ['budgetCents'])
  const { codes, scores } = preparedScores(input.measures, input.municipalities)
  const amounts = allocateExact(budgetCents, scores, codes, ['municipalities'])
  return {
    totalCents: budgetCents,
    municipalities: input.municipalities.map((municipality, index) => {
      const amountCents = itemAt(amounts, index)
      const { inhabitants } = municipality
      return {
        code: municipality.code,
        inhabitants,
        amountCents,
        perInhabitantCents:
          inhabitants === 0
            ? null
            : Number(divideRounded(BigInt(amountCents), BigInt(inhabitants))),
      }
    }),
  }
}

// Scores depend only on the data set, never on a scenario's parameters: they are prepared once per
// (measures, municipalities) pair of arrays and reused while those arrays live (issue 18, speed).
// Callers treat inputs as readonly, so the same arrays hold the same values.
const SCORES = new WeakMap<
  readonly MeasuredMunicipality[],
  { measures: readonly Measure[]; codes: string[]; scores: bigint[] }
>()

function preparedScores(
  measures: readonly Measure[],
  municipalities: readonly MeasuredMunicipality[],
): { codes: string[]; scores: bigint[] } {
  const cached = SCORES.get(municipalities)
  if (cached?.measures === measures) return cached
  const codes = municipalities.map((municipality) => municipality.code)
  requireUniqueKeys(codes, ['municipalities'], 'code')
  const prepared = { measures, codes, scores: scoreMunicipalities(measures, municipalities) }
  SCORES.set(municipalities, prepared)
  return prepared
}

/**
 * Exact scores Σ value × weight per municipality, scaled to integers over one power of ten.
 * Internal.
 */
export function scoreMunicipalities(
  measures: readonly Measure[],
  municipalities: readonly MeasuredMunicipality[],
): bigint[] {
  requireUniqueKeys(
    measures.map((measure) => measure.key),
    ['measures'],
    'key',
  )
  const weights = measures.map((measure, index) => {
    requireWeight(measure.weight, ['measures', index, 'weight'])
    return toDecimal(measure.weight)
  })
  // Pass 1: every product value × weight (× inhabitants) as coefficient × 10^exponent, in flat
  // arrays.
  const width = measures.length
  const coefficients = new Array<bigint>(municipalities.length * width)
  const exponents = new Int32Array(municipalities.length * width)
  let minExponent = 0
  municipalities.forEach((municipality, row) => {
    const { inhabitants } = municipality
    if (!isCents(inhabitants)) requireCount(inhabitants, ['municipalities', row, 'inhabitants'])
    for (let column = 0; column < width; column++) {
      const measure = itemAt(measures, column)
      const value = readMeasureValue(municipality, measure.key, row)
      const decimal = toDecimal(value)
      const weight = itemAt(weights, column)
      let coefficient = decimal.coefficient * weight.coefficient
      if (measure.perInhabitant === true) coefficient *= BigInt(inhabitants)
      const exponent = coefficient === 0n ? 0 : decimal.exponent + weight.exponent
      coefficients[row * width + column] = coefficient
      exponents[row * width + column] = exponent
      if (exponent < minExponent) minExponent = exponent
    }
  })
  // Pass 2: sum each row over the smallest exponent, so every score shares one power of ten.
  return municipalities.map((_, row) => {
    let score = 0n
    for (let cell = row * width; cell < (row + 1) * width; cell++) {
      const exponent = itemAt(exponents, cell)
      score +=
        exponent === minExponent
          ? itemAt(coefficients, cell)
          : itemAt(coefficients, cell) * powerOfTen(exponent - minExponent)
    }
    return score
  })
}

function readMeasureValue(municipality: MeasuredMunicipality, key: string, row: number): number {
  const value = municipality.measureValues[key]
  if (value !== undefined && isWeight(value)) return value
  const path = ['municipalities', row, 'measureValues', key]
  if (value === undefined) {
    throw new CalcError(
      'MISSING_VALUE',
      `${formatPath(path)} is missing: municipality ${municipality.code} has no value for measure '${key}'`,
      { path, details: { municipalityCode: municipality.code, measureKey: key } },
    )
  }
  requireWeight(value, path)
  return value
}
