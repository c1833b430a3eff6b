import { allocate, settleWlzExPost, type WlzSettlementLine } from '@bt/calc'
import type { ScenarioWlzSettlement } from '@bt/domain'
import type { CalcData } from './inputs.ts'
import { basisPointsOf } from './sharing.ts'
import { mapValue } from '@bt/domain'

/** The Wlz ex-post settlement of the centrumgemeenten in scope (DOMAIN.md §6.3); null without client data. */
export interface WlzDto {
  /** The withdrawal settled against: its year and its total (cents). */
  withdrawalYear: number
  exAnteTotalCents: number
  lines: (WlzSettlementLine & { name: string })[]
  totalSettlementCents: number
  /** The index factors applied, per price year (for the plausibility check). */
  indexFactors: Record<string, number>
}

/**
 * The ex-ante withdrawal of the year being settled (issue 18 item 2): basis points of that year's
 * BW macrobudget (default: the data set's, never the scenario's budget year's), over the
 * centrumgemeenten pro rata their historical BW amounts (seed 000 §2.4).
 */
function exAnteWithdrawal(
  data: CalcData,
  parameters: ScenarioWlzSettlement,
  withdrawalBasisPoints: number,
): { totalCents: number; byCode: Map<string, number> } {
  const macro = parameters.exAnteMacroBudgetCents ?? data.dataset.macroBudgetCents
  const totalCents = basisPointsOf(macro, withdrawalBasisPoints)
  const shares = allocate(
    totalCents,
    data.historical.map((h) => ({ key: h.code, weight: h.amountCents })),
    ['wlzShares'],
  )
  return { totalCents, byCode: new Map(shares.map((s) => [s.key, s.amountCents])) }
}

/**
 * Index factors from each price year in the data to the target year at `basisPointsPerYear` a year,
 * compounded, as decimals with six places (calc reads them exactly).
 */
function indexFactors(
  priceYears: ReadonlySet<number>,
  target: number,
  basisPointsPerYear: number,
): Record<string, number> {
  const rate = 1 + basisPointsPerYear / 10_000
  return Object.fromEntries(
    [...priceYears].map((year) => [String(year), Number((rate ** (target - year)).toFixed(6))]),
  )
}

/**
 * The settlement's input for the centrumgemeenten in scope, without their ex ante (calc's
 * FullScenarioWlz): their clients, the choices, and the withdrawal macrobudget it settles against.
 */
export function wlzSettlementInput(
  data: CalcData,
  parameters: ScenarioWlzSettlement,
  centreCodes: readonly string[],
  regionCode: string | null,
) {
  const known = new Set(data.historical.map((h) => h.code))
  const centres = centreCodes.filter((code) => known.has(code))
  const priceYears = new Set<number>()
  for (const code of centres)
    for (const client of data.wlzClients.get(code)?.clients ?? []) priceYears.add(client.priceYear)
  const factors =
    parameters.indexBasisPointsPerYear > 0
      ? indexFactors(priceYears, parameters.priceYear, parameters.indexBasisPointsPerYear)
      : {}
  // Older saved scenarios lack the newer choices; their defaults stand in.
  const previous = parameters.previousSettlementCents ?? null
  return {
    exAnteMacroBudgetCents: parameters.exAnteMacroBudgetCents ?? data.dataset.macroBudgetCents,
    indexFactors: factors,
    centralMunicipalities: centres.map((code) => ({
      code,
      clients: data.wlzClients.get(code)?.clients ?? [],
      lostOwnContributionsCents: data.wlzClients.get(code)?.lostOwnContributionsCents ?? 0,
      ...(previous !== null && code === regionCode ? { previousSettlementCents: previous } : {}),
    })),
    parameters: {
      countedOrigins: parameters.countedOrigins,
      extrapolateToFullYear: parameters.extrapolateToFullYear,
      deductLostOwnContributions: parameters.deductLostOwnContributions,
      ...(parameters.countFromDate ? { countFromDate: parameters.countFromDate } : {}),
      ...(parameters.countUntilDate ? { countUntilDate: parameters.countUntilDate } : {}),
      ...(parameters.nonBwTariffCents == null
        ? {}
        : { nonBwTariffCents: parameters.nonBwTariffCents }),
      ...(Object.keys(factors).length > 0 ? { indexFactors: factors } : {}),
    },
  }
}

/**
 * Settle each centrumgemeente in scope: actual disappearing costs of its Wlz clients less the ex-ante
 * withdrawal the pipeline took from it (positive: owes). Throws CalcError.
 */
export function settleWlz(
  data: CalcData,
  parameters: ScenarioWlzSettlement,
  centreCodes: readonly string[],
  withdrawalBasisPoints: number,
  regionCode: string | null,
): WlzDto | null {
  if (data.wlzClients.size === 0) return null
  const exAnte = exAnteWithdrawal(data, parameters, withdrawalBasisPoints)
  const exAnteByCode = exAnte.byCode
  const names = new Map(data.municipalities.map((m) => [m.code, m.name]))
  const input = wlzSettlementInput(data, parameters, centreCodes, regionCode)
  const settlement = settleWlzExPost({
    centralMunicipalities: input.centralMunicipalities.map((centre) => ({
      ...centre,
      exAnteCents: mapValue(exAnteByCode, centre.code),
    })),
    parameters: input.parameters,
  })
  return {
    withdrawalYear: parameters.withdrawalYear ?? 2021,
    exAnteTotalCents: exAnte.totalCents,
    lines: settlement.lines.map((line) => ({ ...line, name: names.get(line.code) ?? line.code })),
    totalSettlementCents: settlement.totalSettlementCents,
    indexFactors: input.indexFactors,
  }
}
