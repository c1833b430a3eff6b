import { settleWlzExPost, type MunicipalityAmount, type WlzSettlementLine } from '@bt/calc'
import type { ScenarioWlzSettlement } from '@bt/domain'
import type { CalcData } from './inputs.ts'

/** The Wlz ex-post settlement of the centrumgemeenten in scope (DOMAIN.md §6.3); null without client data. */
export interface WlzDto {
  lines: (WlzSettlementLine & { name: string })[]
  totalSettlementCents: number
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
 * Settle each centrumgemeente in scope: actual disappearing costs of its Wlz clients less the ex-ante
 * withdrawal the pipeline took from it (positive: owes). Throws CalcError.
 */
export function settleWlz(
  data: CalcData,
  parameters: ScenarioWlzSettlement,
  centreCodes: readonly string[],
  exAnte: readonly MunicipalityAmount[],
): WlzDto | null {
  if (data.wlzClients.size === 0) return null
  const exAnteByCode = new Map(exAnte.map((a) => [a.code, a.amountCents]))
  const names = new Map(data.municipalities.map((m) => [m.code, m.name]))
  const centres = centreCodes.filter((code) => exAnteByCode.has(code))
  const priceYears = new Set<number>()
  for (const code of centres)
    for (const client of data.wlzClients.get(code)?.clients ?? []) priceYears.add(client.priceYear)
  const settlement = settleWlzExPost({
    centralMunicipalities: centres.map((code) => ({
      code,
      exAnteCents: exAnteByCode.get(code)!,
      clients: data.wlzClients.get(code)?.clients ?? [],
      lostOwnContributionsCents: data.wlzClients.get(code)?.lostOwnContributionsCents ?? 0,
    })),
    parameters: {
      countedOrigins: parameters.countedOrigins,
      extrapolateToFullYear: parameters.extrapolateToFullYear,
      deductLostOwnContributions: parameters.deductLostOwnContributions,
      ...(parameters.indexBasisPointsPerYear > 0
        ? {
            indexFactors: indexFactors(
              priceYears,
              parameters.priceYear,
              parameters.indexBasisPointsPerYear,
            ),
          }
        : {}),
    },
  })
  return {
    lines: settlement.lines.map((line) => ({ ...line, name: names.get(line.code) ?? line.code })),
    totalSettlementCents: settlement.totalSettlementCents,
  }
}
