// The money indicators (INDICATORS.md, issue 12 item 3): computed per region from the reference
// scenario an analyst designates (ADR 010), never typed in. Per region, never per municipality: the
// historical budget went to the centrumgemeente only, so a single municipality's comparison means
// nothing (DOMAIN.md §6.6).
import { listAllMemberships, listInhabitants, type DB, type Kysely } from '@bt/db'
import type { IndicatorDefinition } from '@bt/domain'
import { indelingOn, rollUpFromSums, type AreaCell } from '@bt/indicators'
import { getReferenceScenario } from '../calc/reference-scenario.ts'
import { readOnce } from '../../request-reads.ts'
import type { PeriodRollUp } from './series.ts'

const SCENARIO_INDICATORS = ['objective_vs_historical', 'bw_budget_per_inhabitant'] as const
type ScenarioIndicatorKey = (typeof SCENARIO_INDICATORS)[number]

/** Whether an indicator is computed from the reference scenario. */
export function isScenarioIndicator(key: string): key is ScenarioIndicatorKey {
  return (SCENARIO_INDICATORS as readonly string[]).includes(key)
}

type Scenario = NonNullable<Awaited<ReturnType<typeof getReferenceScenario>>>

/** Which scenario a money figure comes from, shown beside it (the page words it). */
export interface ScenarioBasis {
  scenarioId: string
  scenarioName: string
  datasetLabel: string
  regionName: string | null
  /** When the scenario was computed (ISO timestamp): the figures are as of then. */
  computedAt: string
}

function basisOf(scenario: Scenario): ScenarioBasis {
  return { scenarioId: scenario.id, scenarioName: scenario.name, datasetLabel: scenario.dataset.label, regionName: scenario.region?.name ?? null, computedAt: scenario.result.computedAt }
}

/**
 * Region cells of a money indicator in the scenario's budget year. objective_vs_historical: the sum of
 * the region's members' objective amounts minus its historical amount (cents). bw_budget_per_inhabitant:
 * the region's BW budget in the budget year (members' amounts without the centrumgemeente's MO) over its
 * inhabitants on 1 January (CBS), kept as numerator and denominator so the nation is recomputed.
 */
async function regionCells(db: Kysely<DB>, key: ScenarioIndicatorKey, scenario: Scenario, yearStart: string): Promise<AreaCell[]> {
  const result = scenario.result
  if (key === 'objective_vs_historical') {
    return result.regions.map((r) => ({ areaCode: r.code, state: 'final', value: r.changeCents, numerator: null, denominator: null }))
  }
  const { inhabitants } = await readOnce(db, listInhabitants, { onDate: yearStart })
  const cells: AreaCell[] = []
  for (const region of result.regions) {
    const members = result.municipalities.filter((m) => m.regionCode === region.code)
    const budget = members.reduce((sum, m) => sum + m.budgetYearCents - m.moCents, 0)
    const people = members.reduce<number | null>((sum, m) => (sum === null || !inhabitants.has(m.code) ? null : sum + (inhabitants.get(m.code) ?? 0)), 0)
    cells.push(
      people
        ? { areaCode: region.code, state: 'final', value: budget / people, numerator: budget, denominator: people }
        : { areaCode: region.code, state: 'missing', value: null, numerator: null, denominator: null },
    )
  }
  return cells
}

/**
 * A money indicator from the reference scenario: one period (the scenario's budget year), the regions
 * in its scope, the nation recomputed from them. Null when no reference scenario is designated.
 */
export async function computeScenarioIndicator(db: Kysely<DB>, indicator: IndicatorDefinition): Promise<{ rollUp: PeriodRollUp; basis: ScenarioBasis } | null> {
  if (!isScenarioIndicator(indicator.key)) throw new Error(`${indicator.key} is not computed from the reference scenario`)
  // Read once per request: both money indicators come from the same scenario.
  const scenario = await readOnce(db, getReferenceScenario, undefined)
  if (!scenario) return null
  const year = scenario.result.dataset.budgetYear
  const periodEnd = `${year}-12-31`
  const [cells, memberships] = await Promise.all([regionCells(db, indicator.key, scenario, `${year}-01-01`), readOnce(db, listAllMemberships, undefined)])
  const indeling = indelingOn(memberships, periodEnd)
  const regionCodes = [...new Set(indeling.regionOf.values())].sort()
  const rule = indicator.key === 'bw_budget_per_inhabitant' ? 'ratio' : 'sum'
  const { regions, nation } = rollUpFromSums({ rule, scale: 1, indeling, regionCodes, regionCells: cells, sums: [], nationTotal: null })
  // Regions outside the scenario's scope have no figure; they are not listed as if they had one.
  const inScope = new Set(cells.map((c) => c.areaCode))
  return {
    rollUp: { period: String(year), periodEnd, indelingNote: indeling.note, regions: regions.filter((r) => inScope.has(r.regionCode)), nation },
    basis: basisOf(scenario),
  }
}
