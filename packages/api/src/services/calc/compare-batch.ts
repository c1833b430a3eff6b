import { prepareScenarioBatch, type ScenarioBatchBase, type VariationResult } from '@bt/calc'
import type { ScenarioParameters } from '@bt/domain'
import type { Column, ComparedScenario } from './compare.ts'
import { scenarioFieldOf, translateCalcErrors } from './errors.ts'
import type { CalcData } from './inputs.ts'
import { pipelineInput, requireMoShares } from './paths.ts'
import { scenarioWarnings } from './plausibility.ts'
import { fillParameters, requireScopeRegion, requireSharingBase } from './scenario.ts'
import { wlzSettlementInput } from './wlz.ts'

// Variations of one scenario side by side (issue 18, "use the speed"): the columns that differ only
// in the macrobudget, the Wlz percentage or the schedule are computed as one batch (calc's
// prepareScenarioBatch: the data set's work done once, each column a cheap variation), with the same
// figures a single run gives (compare.test.ts). A region's path from published amounts is not
// batched: those columns, and any that differ in more, are computed one by one by the caller.

type Filled = ReturnType<typeof fillParameters>

/** The parameters apart from what a batch may vary, as one comparable string. */
function fixedPart(parameters: Filled): string {
  const { macroBudgetCents: _m, wlzWithdrawalBasisPoints: _w, schedule: _s, ...rest } = parameters
  return JSON.stringify(rest)
}

/** (to − from) / from in basis points, halves away from zero; null from 0 (display only). */
function basisPointsOf(to: number, from: number): number | null {
  if (from === 0) return null
  const ratio = ((to - from) * 10_000) / from
  return Math.sign(ratio) * Math.round(Math.abs(ratio))
}

/**
 * A column's money year by year and what follows from it: the first and last year, the change
 * (the region's own figure, or computed over the centrumgemeenten) and the region's largest decline.
 */
export function seriesFigures(
  years: readonly { year: number }[],
  amountsByYear: number[],
  seriesKind: ComparedScenario['seriesKind'],
  region: Pick<ComparedScenario, 'changeBasisPoints' | 'largestDecline'> | undefined,
) {
  const historicalCents = amountsByYear[0] ?? 0
  const objectiveCents = amountsByYear.at(-1) ?? 0
  return {
    steps: years.length - 1,
    years: years.map((y) => y.year),
    seriesKind,
    amountsByYear,
    historicalCents,
    objectiveCents,
    changeBasisPoints: region ? region.changeBasisPoints : basisPointsOf(objectiveCents, historicalCents),
    largestDecline: region?.largestDecline ?? null,
  }
}

/** The batch's base and the index factors its settlement applies (none without Wlz data). */
function batchBase(data: CalcData, filled: Filled, regionCode: string | null) {
  const scopeCentres = regionCode ? [regionCode] : data.regions.map((r) => r.code)
  if (data.wlzClients.size === 0) return { base: pipelineInput(data, filled), indexFactors: {} }
  const wlz = wlzSettlementInput(data, filled.wlz, scopeCentres, regionCode)
  const base: ScenarioBatchBase = {
    ...pipelineInput(data, filled),
    wlz: {
      centralMunicipalities: wlz.centralMunicipalities,
      parameters: wlz.parameters,
      exAnteMacroBudgetCents: wlz.exAnteMacroBudgetCents,
    },
  }
  return { base, indexFactors: wlz.indexFactors }
}

function summarize(
  data: CalcData,
  column: Column,
  filled: Filled,
  result: VariationResult,
  context: { regionCode: string | null; indexFactors: Record<string, number> },
): ComparedScenario {
  const region = context.regionCode
    ? data.regions.find((r) => r.code === context.regionCode)
    : undefined
  const figures = region ? result.regions.find((r) => r.code === region.code) : undefined
  const positions = data.measured.map((m) => m.code)
  const centres = data.regions.map((r) => positions.indexOf(r.code)).filter((at) => at !== -1)
  const amountsByYear = figures
    ? Array.from(figures.amountsByYear)
    : result.years.map((y) => centres.reduce((sum, at) => sum + (y.amounts[at] ?? 0), 0))
  const names = new Map(data.regions.map((r) => [r.code, r.name]))
  const scopeRegions = result.regions
    .filter((r) => !region || r.code === region.code)
    .map((r) => ({
      code: r.code,
      name: names.get(r.code) ?? r.code,
      largestDecline: r.largestDecline,
    }))
  const settlement = result.settlement
  const wlz = settlement && {
    indexFactors: context.indexFactors,
    lines: Array.from(settlement.exAnteCents, (exAnteCents, i) => ({
      exAnteCents,
      disappearingCostsCents: settlement.disappearingCostsCents[i] ?? 0,
    })),
  }
  return {
    label: column.label,
    source: column.source,
    scope: region
      ? { kind: 'region', code: region.code, name: region.name, slug: region.slug }
      : { kind: 'nation' },
    macroBudgetCents: result.macroBudgetCents,
    wlzWithdrawalBasisPoints: filled.wlzWithdrawalBasisPoints,
    wlzWithdrawalCents: result.wlzWithdrawalCents,
    distributableCents: result.distributableCents,
    ...seriesFigures(result.years, amountsByYear, region ? 'region' : 'centres', figures),
    wlzSettlementCents: settlement?.totalSettlementCents ?? null,
    warnings: scenarioWarnings({
      macroBudgetCents: result.macroBudgetCents + filled.moMacroBudgetCents,
      wlz,
      regions: scopeRegions,
    }).map((w) => w.message),
  }
}

/**
 * Computes the columns that share everything but the macrobudget, the Wlz percentage and the
 * schedule with the first as one batch; returns them by index (the rest are left to the caller).
 * Throws what a single run throws for a column (DomainError with field errors).
 */
export function computeBatchedColumns(
  data: CalcData,
  columns: readonly Column[],
): Map<number, ComparedScenario> {
  const computed = new Map<number, ComparedScenario>()
  const first = columns[0]
  if (!first) return computed
  const parameters: ScenarioParameters = first.parameters
  const region = requireScopeRegion(data, parameters)
  requireSharingBase(data, parameters)
  const base = fillParameters(data, parameters)
  requireMoShares(data, base)
  if (region && base.published) return computed
  const regionCode = region?.code ?? null
  return translateCalcErrors(() => {
    const { base: batchInput, indexFactors } = batchBase(data, base, regionCode)
    const batch = prepareScenarioBatch(batchInput)
    const fixed = fixedPart(base)
    columns.forEach((column, index) => {
      const filled = fillParameters(data, column.parameters)
      if (fixedPart(filled) !== fixed) return
      const result = batch.run({
        macroBudgetCents: filled.macroBudgetCents,
        wlzWithdrawalBasisPoints: filled.wlzWithdrawalBasisPoints,
        schedule: filled.schedule,
      })
      computed.set(index, summarize(data, column, filled, result, { regionCode, indexFactors }))
    })
    return computed
  }, scenarioFieldOf)
}
