import {
  computePhaseInPath,
  computePublishedRegionPath,
  runBudgetPipeline,
  type BudgetPipelineInput,
  type BudgetPipelineResult,
  type PhaseInPath,
} from '@bt/calc'
import { DomainError, itemAt, lastItem, type ScenarioParameters } from '@bt/domain'
import type { CalcData, CalcRegion } from './inputs.ts'

// The money of a scenario year by year (DOMAIN.md §6.0, §6.2; issue 18 items 1 and 5): the BW
// pipeline for the budget year, BW's path over all municipalities plus MO's over the
// centrumgemeenten (a region's total is BW + MO, like the published region figures), or, when a
// region's published amounts are given, the region's path from those with its members' shares.

/** The pipeline and the yearly amounts per municipality (cents) everything else is read from. */
export interface ScenarioPaths {
  pipeline: BudgetPipelineResult
  /** Per year, BW + MO per municipality; for published amounts only the region's members. */
  path: PhaseInPath
  /** Per year, MO per centrumgemeente (empty maps without MO). */
  moByYear: ReadonlyMap<string, number>[]
  fromPublishedAmounts: boolean
  /** Whether the members share by the data set's imported published amounts. */
  membersFromPublished: boolean
  /** Whether MO's part of the published amounts (imported) stays with the centrumgemeente. */
  moFromPublished: boolean
}

export type Filled = ScenarioParameters & {
  budgetYear: number
  macroBudgetCents: number
  moMacroBudgetCents: number
}

export function requireMoShares(data: CalcData, parameters: Filled): void {
  if (parameters.moMacroBudgetCents > 0 && data.historicalMo.length === 0) {
    const message =
      'Deze gegevensset heeft geen historische MO-bedragen per centrumgemeente; laat het macrobudget MO leeg of 0.'
    throw new DomainError('INVALID', message, { fieldErrors: { moMacroBudgetEuros: [message] } })
  }
}

/** The pipeline's input for the scenario: BW, and MO apart when the data set has it. */
export function pipelineInput(data: CalcData, parameters: Filled): BudgetPipelineInput {
  const withMo = data.historicalMo.length > 0
  return {
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
    ...(withMo
      ? {
          mo: {
            macroBudgetCents: parameters.moMacroBudgetCents,
            historicalShares: data.historicalMo,
            measures: data.moMeasures,
            centres: data.moCentres,
          },
        }
      : {}),
  }
}

/** Computes the scenario's paths; throws CalcError (translated by the caller) or DomainError. */
export function buildScenarioPaths(
  data: CalcData,
  parameters: Filled,
  region: CalcRegion | null,
): ScenarioPaths {
  requireMoShares(data, parameters)
  const pipeline = runBudgetPipeline(pipelineInput(data, parameters))
  const bw = computePhaseInPath({
    historical: pipeline.historical,
    objective: pipeline.objective.map((o) => ({ code: o.code, amountCents: o.amountCents })),
    startYear: parameters.startYear,
    schedule: parameters.schedule,
  })
  const mo = pipeline.mo
    ? computePhaseInPath({
        historical: pipeline.mo.historical,
        objective: pipeline.mo.objective,
        startYear: parameters.startYear,
        schedule: parameters.schedule,
      })
    : null
  const moByYear = bw.years.map(
    (_, k) => new Map((mo ? itemAt(mo.years, k).amounts : []).map((a) => [a.code, a.amountCents])),
  )
  const combined: PhaseInPath = {
    ...bw,
    years: bw.years.map((year, k) => ({
      ...year,
      totalCents: year.totalCents + (mo ? itemAt(mo.years, k).totalCents : 0),
      amounts: year.amounts.map((a) => ({
        code: a.code,
        amountCents: a.amountCents + (itemAt(moByYear, k).get(a.code) ?? 0),
      })),
    })),
  }
  if (!region || !parameters.published)
    return {
      pipeline,
      path: combined,
      moByYear,
      fromPublishedAmounts: false,
      membersFromPublished: false,
      moFromPublished: false,
    }

  // Published amounts: the members share the objective amount by their published objective amounts
  // when the data set has them for every member (imported from the rekenbestand), else as they do
  // in the data set's objective distribution. When the import gave the centrumgemeente's MO part,
  // MO stays with it and the members share BW's part by their BW amounts.
  const published = region.memberCodes.map((code) => data.published.get(code))
  const membersFromPublished = published.every((row) => row !== undefined)
  const centre = data.published.get(region.code)
  const importedMo =
    membersFromPublished &&
    centre &&
    centre.historicalMoCents !== null &&
    centre.objectiveMoCents !== null
      ? { historicalCents: centre.historicalMoCents, objectiveCents: centre.objectiveMoCents }
      : undefined
  // An MO part typed on the form wins over the imported one (issue 18).
  const moPart = parameters.published.mo ?? importedMo
  const weightMo = importedMo ?? moPart
  const objective = membersFromPublished
    ? new Map(
        region.memberCodes.map((code, i) => {
          const row = published[i]
          const mo = code === region.code ? (weightMo?.objectiveCents ?? 0) : 0
          return [code, Math.max(0, (row?.objectiveCents ?? 0) - mo)]
        }),
      )
    : new Map(
        lastItem(moPart ? bw.years : combined.years).amounts.map((a) => [a.code, a.amountCents]),
      )
  const path = computePublishedRegionPath({
    historicalCents: parameters.published.historicalCents,
    objectiveCents: parameters.published.objectiveCents,
    centralMunicipalityCode: region.code,
    memberWeights: region.memberCodes.map((code) => ({
      code,
      amountCents: objective.get(code) ?? 0,
    })),
    startYear: parameters.startYear,
    schedule: parameters.schedule,
    ...(moPart ? { mo: moPart } : {}),
  })
  const publishedMoByYear = moPart
    ? path.moCentsByYear.map((cents) => new Map([[region.code, cents]]))
    : moByYear
  return {
    pipeline,
    path,
    moByYear: publishedMoByYear,
    fromPublishedAmounts: true,
    membersFromPublished,
    moFromPublished: moPart !== undefined,
  }
}
