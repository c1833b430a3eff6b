import { computeRegionRiskFigures } from '@bt/calc'
import type { DB, Kysely } from '@bt/db'
import { DomainError, itemAt, present, type ScenarioParameters } from '@bt/domain'
import { scenarioFieldOf, translateCalcErrors } from './errors.ts'
import { loadCalcData, type CalcData, type CalcRegion } from './inputs.ts'
import { buildScenarioPaths } from './paths.ts'
import { scenarioWarnings } from './plausibility.ts'
import { SCENARIO_RESULT_VERSION, type ScenarioResult } from './scenario-result.ts'
import { shareRegion } from './sharing.ts'
import { settleWlz } from './wlz.ts'

export {
  SCENARIO_RESULT_VERSION,
  type ScenarioMunicipality,
  type ScenarioRegion,
  type ScenarioResult,
} from './scenario-result.ts'

export function requireScopeRegion(
  data: CalcData,
  parameters: ScenarioParameters,
): CalcRegion | null {
  if (parameters.scope.kind === 'nation') return null
  const code = parameters.scope.regionCode
  const region = data.regions.find((r) => r.code === code)
  if (!region) {
    const message = `Regio ${code} bestaat niet of heeft op dit moment geen gemeenten.`
    throw new DomainError('INVALID', message, { fieldErrors: { scope: [message] } })
  }
  return region
}

export function requireSharingBase(data: CalcData, parameters: ScenarioParameters): void {
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

/** The parameters with the data set's figures filled in; scenarios saved before a field existed get its default. */
export function fillParameters(data: CalcData, input: ScenarioParameters) {
  return {
    ...input,
    budgetYear: input.budgetYear ?? data.dataset.budgetYear,
    macroBudgetCents: input.macroBudgetCents ?? data.dataset.macroBudgetCents,
    moMacroBudgetCents: input.moMacroBudgetCents ?? data.dataset.moMacroBudgetCents,
    published: input.published ?? null,
  }
}

/**
 * Compute a scenario on one data set (pure over the loaded data): DOMAIN.md §6.0's pipeline for the
 * budget year with BW and MO apart, the phase-in path (or a region's path from its published
 * amounts), region risk figures, the region's sharing model year by year, the Wlz ex-post
 * settlement against the withdrawal year, and plausibility warnings. Bad parameters become
 * DomainError INVALID with field errors.
 */
export function buildScenarioResult(
  data: CalcData,
  input: ScenarioParameters,
  now: Date,
): ScenarioResult {
  const region = requireScopeRegion(data, input)
  requireSharingBase(data, input)
  const parameters = fillParameters(data, input)
  return translateCalcErrors(() => {
    const {
      pipeline,
      path,
      moByYear,
      fromPublishedAmounts,
      membersFromPublished,
      moFromPublished,
    } = buildScenarioPaths(data, parameters, region)
    const scopeRegions = region ? [region] : data.regions
    const risks = computeRegionRiskFigures({ regions: scopeRegions, path })

    const inScope = new Set(region ? region.memberCodes : data.municipalities.map((m) => m.code))
    const centres = new Set(data.regions.map((r) => r.code))
    const yearMaps = path.years.map((y) => new Map(y.amounts.map((a) => [a.code, a.amountCents])))
    const budgetStep = Math.min(pipeline.step, path.years.length - 1)
    const objectiveByCode = new Map(pipeline.objective.map((o) => [o.code, o]))
    const withdrawalByCode = new Map(pipeline.wlzWithdrawal.map((a) => [a.code, a.amountCents]))
    const names = new Map(data.municipalities.map((m) => [m.code, m.name]))
    const at = (k: number, code: string) => itemAt(yearMaps, k).get(code) ?? 0

    const municipalities = data.municipalities
      .filter((m) => inScope.has(m.code))
      .map((m) => ({
        code: m.code,
        name: m.name,
        regionCode: m.regionCode,
        isCentral: centres.has(m.code),
        inhabitants: m.inhabitants,
        historicalCents: at(0, m.code),
        objectiveCents: at(path.years.length - 1, m.code),
        perInhabitantCents: objectiveByCode.get(m.code)?.perInhabitantCents ?? null,
        budgetYearCents: at(budgetStep, m.code),
        moCents: moByYear[budgetStep]?.get(m.code) ?? 0,
        wlzWithdrawalCents: withdrawalByCode.get(m.code) ?? 0,
        amountsByYear: yearMaps.map((map) => map.get(m.code) ?? 0),
      }))
      .sort(
        (a, b) => Number(b.isCentral) - Number(a.isCentral) || a.name.localeCompare(b.name, 'nl'),
      )

    const years = path.years.map((y, k) => {
      let centralCents = 0
      let otherCents = 0
      for (const [code, cents] of itemAt(yearMaps, k)) {
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
              objectiveCents: new Map(pipeline.objective.map((o) => [o.code, o.amountCents])),
              wmoIntegrationPaymentCents: data.wmoIntegrationPaymentCents,
            },
            parameters.sharing,
            budgetStep,
            path.years.map((y, k) => ({
              year: y.year,
              amounts: itemAt(yearMaps, k),
              moCents: moByYear[k]?.get(region.code) ?? 0,
            })),
          )
        : null

    const regions = risks.map((risk) => {
      const r = present(
        scopeRegions.find((candidate) => candidate.code === risk.code),
        `region ${risk.code} in scope`,
      )
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
    })
    const wlz = settleWlz(
      data,
      parameters.wlz,
      scopeRegions.map((r) => r.code),
      parameters.wlzWithdrawalBasisPoints,
      region?.code ?? null,
    )

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
        moMacroBudgetCents: pipeline.mo?.macroBudgetCents ?? 0,
        nationalPurchasingCents: pipeline.nationalPurchasingCents,
        wlzWithdrawalCents: pipeline.wlzWithdrawalCents,
        distributableCents: pipeline.distributableCents,
      },
      fromPublishedAmounts,
      membersFromPublished,
      moFromPublished,
      measures: [...data.measures, ...data.moMeasures].map((m) => ({
        key: m.key,
        label: m.label,
        weight: m.weight,
        perInhabitant: m.perInhabitant === true,
      })),
      years,
      regions,
      municipalities,
      sharing,
      wlz,
      warnings: scenarioWarnings({
        macroBudgetCents: pipeline.macroBudgetCents + (pipeline.mo?.macroBudgetCents ?? 0),
        wlz,
        regions,
      }),
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
