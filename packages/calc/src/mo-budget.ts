// Maatschappelijke opvang (MO) is a budget of its own (DOMAIN.md §6.0; seed 000 §3.2: the advice
// not to decentralise MO per 2022): it stays with the centrumgemeenten and is never part of the Wlz
// withdrawal or the phase-in to all municipalities. Among the centrumgemeenten it moves from the
// historical to its own objective model (verdeelmodel MO) along the path; without MO measures the
// objective distribution is the historical one.
import { allocateExact } from './allocate.ts'
import { requireCents, requireUniqueKeys } from './guards.ts'
import {
  distributeObjectively,
  type MeasuredMunicipality,
  type Measure,
} from './objective-distribution.ts'
import type { MunicipalityAmount } from './regions.ts'
import { itemAt } from './checked.ts'

/** The MO budget (cents) and how it is divided over the centrumgemeenten. */
export interface MoBudgetInput {
  readonly macroBudgetCents: number
  /** The centrumgemeenten's historical MO amounts: the weights of the historical distribution. */
  readonly historicalShares: readonly MunicipalityAmount[]
  /** The MO model's measures; without them MO stays distributed historically. */
  readonly measures?: readonly Measure[]
  /** One entry per centrumgemeente with its region's values of the MO measures. */
  readonly centres?: readonly MeasuredMunicipality[]
}

/** MO over the centrumgemeenten: historical and objective, each summing to the MO macrobudget. */
export interface MoDistribution {
  readonly macroBudgetCents: number
  readonly historical: readonly MunicipalityAmount[]
  readonly objective: readonly MunicipalityAmount[]
}

/**
 * Divides the MO macrobudget over the centrumgemeenten, historically and by the MO model. Throws
 * CalcError for bad cents, repeated codes, or weights that sum to zero with money to divide.
 */
export function distributeMo(input: MoBudgetInput): MoDistribution {
  const macro = requireCents(input.macroBudgetCents, ['mo', 'macroBudgetCents'])
  const codes = input.historicalShares.map((share) => share.code)
  requireUniqueKeys(codes, ['mo', 'historicalShares'], 'code')
  const weights = input.historicalShares.map((share, index) =>
    BigInt(requireCents(share.amountCents, ['mo', 'historicalShares', index, 'amountCents'])),
  )
  const amounts = allocateExact(macro, weights, codes, ['mo', 'historicalShares'])
  const historical = codes.map((code, index) => ({ code, amountCents: itemAt(amounts, index) }))
  if (!input.measures?.length || !input.centres?.length) {
    return { macroBudgetCents: macro, historical, objective: historical }
  }
  const objective = distributeObjectively({
    budgetCents: macro,
    measures: input.measures,
    municipalities: input.centres,
  }).municipalities.map(({ code, amountCents }) => ({ code, amountCents }))
  return { macroBudgetCents: macro, historical, objective }
}
