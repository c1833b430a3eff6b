import type { DB, Kysely } from '@bt/db'
import {
  DomainError,
  ScenarioParametersSchema,
  toScenarioFormValues,
  VARIED_FIELD_LABELS,
  type CompareScenariosSchema,
  type ScenarioParameters,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { computeBatchedColumns, seriesFigures } from './compare-batch.ts'
import { loadCalcData } from './inputs.ts'
import { requireScenario } from './saved-scenarios.ts'
import { buildScenarioResult, type ScenarioResult } from './scenario.ts'

// Scenarios side by side (issue 18, "use the speed"): saved scenarios and variations of one saved
// scenario on one parameter, all computed on today's data set loaded once; the variations as one
// batch (compare-batch.ts). Each column is a summary
// of its result: the money of its scope year by year, the pipeline's figures, the region's largest
// decline, the Wlz settlement and the warnings.

type Input = z.output<typeof CompareScenariosSchema>
type Ctx = Pick<Context, 'actor' | 'now' | 'today'>

/** One compared scenario. */
export interface ComparedScenario {
  /** Unique among the columns (a chart's series and a table's column). */
  label: string
  source: { kind: 'saved'; scenarioId: string } | { kind: 'variation'; value: string }
  scope: ScenarioResult['scope']
  macroBudgetCents: number
  wlzWithdrawalBasisPoints: number
  wlzWithdrawalCents: number
  distributableCents: number
  steps: number
  years: number[]
  /** What the chart follows: the region's amount, or nationally the centrumgemeenten's (cents). */
  seriesKind: 'region' | 'centres'
  amountsByYear: number[]
  historicalCents: number
  objectiveCents: number
  changeBasisPoints: number | null
  largestDecline: { year: number; changeCents: number; changeBasisPoints: number | null } | null
  wlzSettlementCents: number | null
  warnings: string[]
}

/** One column to compute: its label, where it comes from and its parameters. */
export interface Column {
  label: string
  source: ComparedScenario['source']
  parameters: ScenarioParameters
}

function variationColumns(
  base: Awaited<ReturnType<typeof requireScenario>>,
  variation: NonNullable<Input['variation']>,
): Column[] {
  // Stored JSON, written from these very types by saveScenario.
  const result = base.result as ScenarioResult
  const values = toScenarioFormValues(base.parameters as ScenarioParameters, result.parameters)
  return variation.values.map((value, index) => {
    const parsed = ScenarioParametersSchema.safeParse({ ...values, [variation.field]: value })
    if (!parsed.success) {
      const issue =
        parsed.error.issues.find((i) => i.path[0] === variation.field) ?? parsed.error.issues[0]
      const message = `Waarde ${index + 1} ("${value}"): ${issue?.message ?? 'deze waarde kan niet.'}`
      throw new DomainError('INVALID', message, { fieldErrors: { values: [message] } })
    }
    return {
      label: `${base.name} – ${VARIED_FIELD_LABELS[variation.field]} ${value}`,
      source: { kind: 'variation', value },
      parameters: parsed.data,
    }
  })
}

function uniqueLabels(columns: Column[]): Column[] {
  const seen = new Map<string, number>()
  return columns.map((column) => {
    const count = (seen.get(column.label) ?? 0) + 1
    seen.set(column.label, count)
    return count === 1 ? column : { ...column, label: `${column.label} (${count})` }
  })
}

/** A column's figures from a single run. */
export function summarize(column: Column, result: ScenarioResult): ComparedScenario {
  const region = result.scope.kind === 'region' ? result.regions[0] : undefined
  const amountsByYear = region ? region.amountsByYear : result.years.map((y) => y.centralCents)
  return {
    label: column.label,
    source: column.source,
    scope: result.scope,
    macroBudgetCents: result.pipeline.macroBudgetCents,
    wlzWithdrawalBasisPoints: result.parameters.wlzWithdrawalBasisPoints,
    wlzWithdrawalCents: result.pipeline.wlzWithdrawalCents,
    distributableCents: result.pipeline.distributableCents,
    ...seriesFigures(result.years, amountsByYear, region ? 'region' : 'centres', region),
    wlzSettlementCents: result.wlz?.totalSettlementCents ?? null,
    warnings: result.warnings.map((w) => w.message),
  }
}

/**
 * Compute saved scenarios (each readable by the actor) and variations of one of them side by side
 * on today's data set and regions; nothing is stored. A variation value the scenario form would
 * refuse is refused with the form's message, naming the value.
 */
export async function compareScenarios(db: Kysely<DB>, ctx: Ctx, input: Input) {
  const ids = [...new Set(input.scenarioIds)]
  const rows = await Promise.all(ids.map((scenarioId) => requireScenario(db, ctx, scenarioId)))
  const columns: Column[] = rows.map((row) => ({
    label: row.name,
    source: { kind: 'saved', scenarioId: row.id },
    // Stored JSON, written from this very type by saveScenario.
    parameters: row.parameters as ScenarioParameters,
  }))
  if (input.variation) {
    const base = await requireScenario(db, ctx, input.variation.baseScenarioId)
    columns.push(...variationColumns(base, input.variation))
  }
  const data = await loadCalcData(db, { onDate: ctx.today })
  const labelled = uniqueLabels(columns)
  // The variations of one scenario as one batch; saved scenarios (and any column the batch leaves)
  // one by one.
  const batched = computeBatchedColumns(data, labelled.slice(rows.length))
  const scenarios = labelled.map(
    (column, index) =>
      batched.get(index - rows.length) ??
      summarize(column, buildScenarioResult(data, column.parameters, ctx.now)),
  )
  return {
    dataset: { id: data.dataset.id, label: data.dataset.label, kind: data.dataset.kind },
    scenarios,
  }
}
