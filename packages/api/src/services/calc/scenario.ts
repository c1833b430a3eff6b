import {
  computePhaseInPath,
  computeRegionRiskFigures,
  runBudgetPipeline,
  type YearlyChange,
} from '@bt/calc'
import type { DB, Kysely } from '@bt/db'
import { DomainError, type ScenarioParameters } from '@bt/domain'
import { scenarioFieldOf, translateCalcErrors } from './errors.ts'
import { loadCalcData, type CalcData, type CalcRegion } from './inputs.ts'
import { shareRegion, type SharingDto } from './sharing.ts'
import { settleWlz, type WlzDto } from './wlz.ts'

/** The version of the stored result's shape; a saved scenario keeps the shape it was computed in. */
export const SCENARIO_RESULT_VERSION = 1

/** One municipality in scope: the distributions, the Wlz withdrawal and its amount per path year (cents). */
export interface ScenarioMunicipality {
  code: string
  name: string
  regionCode: string | null
  isCentral: boolean
  inhabitants: number
  historicalCents: number
  objectiveCents: number
  perInhabitantCents: number | null
  budgetYearCents: number
  wlzWithdrawalCents: number
  amountsByYear: number[]
}

/** One region in scope: historical (year zero) against Σ objective (step N), its path and its largest decline. */
export interface ScenarioRegion {
  code: string
  name: string
  slug: string
  historicalCents: number
  objectiveCents: number
  changeCents: number
  changeBasisPoints: number | null
  amountsByYear: number[]
  /** The change from each year to the next (cents, basis points of the earlier year). */
  changes: YearlyChange[]
  largestDecline: YearlyChange | null
}

/** A computed scenario as pages show it and as it is saved (JSON); amounts in cents. */
export interface ScenarioResult {
  version: typeof SCENARIO_RESULT_VERSION
  computedAt: string
  dataset: { id: number; label: string; kind: 'example' | 'imported'; budgetYear: number }
  indeling: { validFrom: string; kind: 'example' | 'imported' } | null
  scope: { kind: 'nation' } | { kind: 'region'; code: string; name: string; slug: string }
  /** The parameters with the data set's macrobudget and budget year filled in. */
  parameters: ScenarioParameters & { budgetYear: number; macroBudgetCents: number }
  pipeline: {
    year: number
    step: number
    fraction: number
    macroBudgetCents: number
    nationalPurchasingCents: number
    wlzWithdrawalCents: number
    distributableCents: number
  }
  measures: { key: string; label: string; weight: number; perInhabitant: boolean }[]
  years: {
    year: number
    step: number
    fraction: number
    centralCents: number
    otherCents: number
    totalCents: number
  }[]
  regions: ScenarioRegion[]
  municipalities: ScenarioMunicipality[]
  sharing: SharingDto | null
  wlz: WlzDto | null
}

function requireScopeRegion(data: CalcData, parameters: ScenarioParameters): CalcRegion | null {
  if (parameters.scope.kind === 'nation') return null
  const code = parameters.scope.regionCode
  const region = data.regions.find((r) => r.code === code)
  if (!region) {
    const message = `Regio ${code} bestaat niet of heeft op dit moment geen gemeenten.`
    throw new DomainError('INVALID', message, { fieldErrors: { scope: [message] } })
  }
  return region
}

function requireSharingBase(data: CalcData, parameters: ScenarioParameters): void {
  const sharing = parameters.sharing
  if (
    sharing?.kind === 'appropriateShare' &&
    sharing.base === 'wmoIntegrationPayment' &&
    data.wmoIntegrationPaymentCents.size === 0
  ) {
    const message =
      'Deze gegevensset bevat geen Wmo-integratie-uitkering; kies inwoners of het objectieve budget als basis.'
    throw new DomainError('INVALID', message, { fieldErrors: { shareBase: [message] } })
  }
}

/**
 * Compute a scenario on one data set (pure over the loaded data): DOMAIN.md §6.0's pipeline for the
 * budget year, the phase-in path, region risk figures, the region's sharing model year by year and
 * the Wlz ex-post settlement. Bad parameters become DomainError INVALID with field errors.
 */
export function buildScenarioResult(
  data: CalcData,
  input: ScenarioParameters,
  now: Date,
): ScenarioResult {
  const region = requireScopeRegion(data, input)
  requireSharingBase(data, input)
  const parameters = {
    ...input,
    budgetYear: input.budgetYear ?? data.dataset.budgetYear,
    macroBudgetCents: input.macroBudgetCents ?? data.dataset.macroBudgetCents,
  }
  return translateCalcErrors(() => {
    const pipeline = runBudgetPipeline({
      year: parameters.budgetYear,
      macroBudgetCents: parameters.macroBudgetCents,
      nationalPurchasingCents: parameters.nationalPurchasingCents,
      wlzWithdrawalBasisPoints: parameters.wlzWithdrawalBasisPoints,
      historicalShares: data.historical,
      measures: data.measures,
      municipalities: data.measured,
      regions: data.regions,
      startYear: parameters.startYear,
      schedule: parameters.schedule,
    })
    const objective = pipeline.objective.map((o) => ({ code: o.code, amountCents: o.amountCents }))
    const path = computePhaseInPath({
      historical: pipeline.historical,
      objective,
      startYear: parameters.startYear,
      schedule: parameters.schedule,
    })
    const scopeRegions = region ? [region] : data.regions
    const risks = computeRegionRiskFigures({ regions: scopeRegions, path })

    const inScope = new Set(region ? region.memberCodes : data.municipalities.map((m) => m.code))
    const centres = new Set(data.regions.map((r) => r.code))
    const yearMaps = path.years.map((y) => new Map(y.amounts.map((a) => [a.code, a.amountCents])))
    const historicalByCode = new Map(pipeline.historical.map((a) => [a.code, a.amountCents]))
    const objectiveByCode = new Map(pipeline.objective.map((o) => [o.code, o]))
    const blendedByCode = new Map(pipeline.blended.map((a) => [a.code, a.amountCents]))
    const withdrawalByCode = new Map(pipeline.wlzWithdrawal.map((a) => [a.code, a.amountCents]))
    const names = new Map(data.municipalities.map((m) => [m.code, m.name]))

    const municipalities = data.municipalities
      .filter((m) => inScope.has(m.code))
      .map((m) => ({
        code: m.code,
        name: m.name,
        regionCode: m.regionCode,
        isCentral: centres.has(m.code),
        inhabitants: m.inhabitants,
        historicalCents: historicalByCode.get(m.code) ?? 0,
        objectiveCents: objectiveByCode.get(m.code)?.amountCents ?? 0,
        perInhabitantCents: objectiveByCode.get(m.code)?.perInhabitantCents ?? null,
        budgetYearCents: blendedByCode.get(m.code) ?? 0,
        wlzWithdrawalCents: withdrawalByCode.get(m.code) ?? 0,
        amountsByYear: yearMaps.map((map) => map.get(m.code) ?? 0),
      }))
      .sort(
        (a, b) => Number(b.isCentral) - Number(a.isCentral) || a.name.localeCompare(b.name, 'nl'),
      )

    const years = path.years.map((y, k) => {
      let centralCents = 0
      let otherCents = 0
      for (const [code, cents] of yearMaps[k]!) {
        if (!inScope.has(code)) continue
        if (centres.has(code)) centralCents += cents
        else otherCents += cents
      }
      return {
        year: y.year,
        step: y.step,
        fraction: y.fraction,
        centralCents,
        otherCents,
        totalCents: centralCents + otherCents,
      }
    })

    const sharing =
      region && parameters.sharing
        ? shareRegion(
            {
              region,
              names,
              inhabitants: new Map(data.municipalities.map((m) => [m.code, m.inhabitants])),
              objectiveCents: new Map(objective.map((o) => [o.code, o.amountCents])),
              wmoIntegrationPaymentCents: data.wmoIntegrationPaymentCents,
            },
            parameters.sharing,
            blendedByCode,
            path.years.map((y, k) => ({ year: y.year, amounts: yearMaps[k]! })),
          )
        : null

    return {
      version: SCENARIO_RESULT_VERSION,
      computedAt: now.toISOString(),
      dataset: {
        id: data.dataset.id,
        label: data.dataset.label,
        kind: data.dataset.kind,
        budgetYear: data.dataset.budgetYear,
      },
      indeling: data.indeling,
      scope: region
        ? { kind: 'region' as const, code: region.code, name: region.name, slug: region.slug }
        : { kind: 'nation' as const },
      parameters,
      pipeline: {
        year: pipeline.year,
        step: pipeline.step,
        fraction: pipeline.fraction,
        macroBudgetCents: pipeline.macroBudgetCents,
        nationalPurchasingCents: pipeline.nationalPurchasingCents,
        wlzWithdrawalCents: pipeline.wlzWithdrawalCents,
        distributableCents: pipeline.distributableCents,
      },
      measures: data.measures.map((m) => ({
        key: m.key,
        label: m.label,
        weight: m.weight,
        perInhabitant: m.perInhabitant === true,
      })),
      years,
      regions: risks.map((risk) => {
        const r = scopeRegions.find((candidate) => candidate.code === risk.code)!
        return {
          code: r.code,
          name: r.name,
          slug: r.slug,
          historicalCents: risk.historicalCents,
          objectiveCents: risk.objectiveCents,
          changeCents: risk.changeCents,
          changeBasisPoints: risk.changeBasisPoints,
          amountsByYear: risk.years.map((y) => y.amountCents),
          changes: [...risk.changes],
          largestDecline: risk.largestDecline,
        }
      }),
      municipalities,
      sharing,
      wlz: settleWlz(
        data,
        parameters.wlz,
        scopeRegions.map((r) => r.code),
        pipeline.wlzWithdrawal,
      ),
    }
  }, scenarioFieldOf)
}

/** Load a data set (default: today's) and the regions in force today, and compute the scenario. */
export async function computeScenario(
  db: Kysely<DB>,
  params: { parameters: ScenarioParameters; today: string; now: Date; datasetId?: number },
): Promise<ScenarioResult> {
  const data = await loadCalcData(db, {
    onDate: params.today,
    ...(params.datasetId === undefined ? {} : { datasetId: params.datasetId }),
  })
  return buildScenarioResult(data, params.parameters, params.now)
}
