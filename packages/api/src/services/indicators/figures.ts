import { listIndicatorExplanations, listIndicatorValues, listMunicipalityValidity, listAllMemberships, listRegionCodes, listValueHistory, type DB, type Kysely } from '@bt/db'
import { getPeriod, type IndicatorDefinition } from '@bt/domain'
import { describeTrend, indelingOn, scoreAgainstTarget } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { getCatalogueEntry, type CatalogueEntry } from './catalogue.ts'
import { computeRecordIndicator, isRecordIndicator } from './computed.ts'
import { computeScenarioIndicator, isScenarioIndicator } from './scenario-indicators.ts'
import { headline, perThousandOf, rollUpPeriods, type PeriodRollUp } from './series.ts'
import { listRecordsOfRegion } from './record-list.ts'
import { mayShowPerArea, PER_AREA_SIGN_IN_NOTE } from './visibility.ts'

/**
 * Fewer areas than this in a national aggregate of what regions report, and the aggregate would show
 * a region's own figure: it is withheld from callers who may not see figures per area.
 */
const MIN_AREAS_WITHOUT_SIGN_IN = 3

/** One point of the national series, state and completeness kept; withheld where it would reveal a region. */
function nationalPoint(indicator: IndicatorDefinition, r: PeriodRollUp, perArea: boolean) {
  const a = r.nation.computed
  const shown = headline(indicator.aggregation, r.nation.published, a)
  const withheld = !perArea && r.nation.shown === 'computed' && a.covered < MIN_AREAS_WITHOUT_SIGN_IN && a.covered > 0
  if (withheld) {
    return { period: r.period, periodEnd: r.periodEnd, value: null, source: null, state: 'missing' as const, isPublishedTotal: false, withheld, partialValue: null, completeness: a.completeness, covered: a.covered, of: a.of, distribution: null, numerator: null, denominator: null, indelingNote: r.indelingNote }
  }
  return {
    period: r.period,
    periodEnd: r.periodEnd,
    value: shown.value,
    source: shown.source,
    state: r.nation.published?.state ?? (a.provisional ? 'provisional' : a.completeness === 'empty' ? 'missing' : 'final'),
    isPublishedTotal: r.nation.shown === 'published',
    withheld,
    /** A partial sum over the covered part, for the signed in only (never as the total). */
    partialValue: perArea && a.completeness === 'partial' ? a.value : null,
    completeness: a.completeness,
    covered: a.covered,
    of: a.of,
    distribution: a.distribution,
    numerator: r.nation.published?.numerator ?? a.numerator,
    denominator: r.nation.published?.denominator ?? a.denominator,
    indelingNote: r.indelingNote,
  }
}

/** The national series (no region figures) and the selected period with every region's figure. */
async function loadRollUps(db: Kysely<DB>, ctx: Pick<Context, 'today'>, indicator: CatalogueEntry, period: string | undefined) {
  if (isRecordIndicator(indicator.key)) {
    const rollUp = await computeRecordIndicator(db, indicator, { onDate: ctx.today })
    return { rollUps: [rollUp], selected: rollUp, scenario: null, recordBasis: rollUp.basisNote }
  }
  if (isScenarioIndicator(indicator.key)) {
    const computed = await computeScenarioIndicator(db, indicator)
    return { rollUps: computed ? [computed.rollUp] : [], selected: computed?.rollUp ?? null, scenario: computed?.basis ?? null, recordBasis: null }
  }
  const rollUps = await rollUpPeriods(db, indicator, { regions: 'none' })
  const chosen = rollUps.find((r) => r.period === period) ?? rollUps.at(-1)
  const selected = chosen ? ((await rollUpPeriods(db, indicator, { period: chosen.period }))[0] ?? null) : null
  return { rollUps, selected, scenario: null, recordBasis: null }
}

/**
 * Everything the indicator page shows, tiered (DESIGN.md): definition, the national series with trend
 * and target score for everyone; the region comparison and municipality table only where the caller
 * may see figures per area. `period` picks the period of the comparison (default: the latest).
 */
export async function getIndicatorFigures(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'today'>, input: { key: string; period?: string; historyOf?: string; recordsOf?: string }) {
  const indicator = await getCatalogueEntry(db, input.key)
  const { rollUps, selected, scenario, recordBasis } = await loadRollUps(db, ctx, indicator, input.period)
  const perArea = mayShowPerArea(indicator, ctx.actor)
  const municipalities = perArea && selected && indicator.levels.includes('municipality') ? await municipalityTable(db, indicator, selected.period) : null
  const series = rollUps.map((r) => nationalPoint(indicator, r, perArea))
  const trend = describeTrend(series.map((p) => ({ period: p.period, value: p.value })), indicator.direction)
  const target = indicator.target
    ? scoreAgainstTarget(series.map((p) => ({ period: p.period, lastDay: p.periodEnd, value: p.value })), indicator.target, indicator.direction)
    : null
  return {
    indicator,
    series,
    trend,
    target,
    periods: rollUps.map((r) => r.period),
    selectedPeriod: selected?.period ?? null,
    asOf: isRecordIndicator(indicator.key) ? ctx.today : null,
    /** For a record indicator: what its figures were read from, in Dutch (NvO levels: frozen edition or proposals). */
    recordBasis,
    /** For the money indicators: the reference scenario they come from; null (with none designated) means no figures yet. */
    scenario: scenario && { ...scenario, scenarioId: ctx.actor ? scenario.scenarioId : null },
    noReferenceScenario: isScenarioIndicator(indicator.key) && scenario === null,
    selectedNation: selected ? nationalPoint(indicator, selected, perArea) : null,
    perAreaNote: perArea ? null : PER_AREA_SIGN_IN_NOTE,
    regions: perArea && selected ? await regionComparison(db, indicator, selected) : null,
    municipalities,
    /** The asked municipality's value in the selected period with its earlier values (who, when, source). */
    municipalityHistory: municipalities && input.historyOf ? await municipalityHistory(db, municipalities, input.historyOf) : null,
    /** For a record indicator, signed in: the asked region's records that made its figure (published only). */
    recordList: perArea && input.recordsOf && isRecordIndicator(indicator.key) ? await listRecordsOfRegion(db, { key: indicator.key, regionCode: input.recordsOf, onDate: ctx.today }) : null,
  }
}

async function municipalityHistory(db: Kysely<DB>, rows: Awaited<ReturnType<typeof municipalityTable>>, code: string) {
  const row = rows.find((r) => r.code === code)
  if (!row) return null
  return { code: row.code, name: row.name, current: row, history: await listValueHistory(db, { valueId: row.id }) }
}

async function regionComparison(db: Kysely<DB>, indicator: CatalogueEntry, r: PeriodRollUp) {
  const [regions, explanations, perThousand] = await Promise.all([
    listRegionCodes(db),
    listIndicatorExplanations(db, { indicatorKey: indicator.key }),
    indicator.perThousand ? perThousandOf(db, r) : Promise.resolve(null),
  ])
  const byCode = new Map(regions.map((x) => [x.code, x]))
  const explanationOf = new Map(explanations.map((e) => [e.regionCode, e]))
  return r.regions.map((f) => {
    const a = f.aggregate
    const shown = headline(indicator.aggregation, null, a)
    return {
      code: f.regionCode,
      name: byCode.get(f.regionCode)?.name ?? f.regionCode,
      slug: byCode.get(f.regionCode)?.slug ?? null,
      from: f.from,
      value: shown.value,
      partialValue: a.completeness === 'partial' ? a.value : null,
      numerator: a.numerator,
      denominator: a.denominator,
      completeness: a.completeness,
      covered: a.covered,
      of: a.of,
      suppressedCount: a.suppressedCount,
      provisional: a.provisional,
      perThousand: perThousand?.regions.get(f.regionCode) ?? null,
      explanation: explanationOf.get(f.regionCode)?.body ?? null,
    }
  })
}

async function municipalityTable(db: Kysely<DB>, indicator: CatalogueEntry, period: string) {
  const [cells, municipalities, memberships, regions] = await Promise.all([
    listIndicatorValues(db, { indicatorKey: indicator.key, level: 'municipality', period }),
    listMunicipalityValidity(db),
    listAllMemberships(db),
    listRegionCodes(db),
  ])
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name]))
  const regionName = new Map(regions.map((r) => [r.code, r.name]))
  const regionOf = indelingOn(memberships, getPeriod(period).lastDay).regionOf
  return cells.map((c) => ({
    id: c.id,
    code: c.areaCode,
    name: nameOf.get(c.areaCode) ?? c.areaCode,
    regionName: regionName.get(regionOf.get(c.areaCode) ?? '') ?? null,
    state: c.state,
    value: c.value,
    source: c.source,
    enteredByLabel: c.enteredByLabel,
    enteredAt: c.enteredAt,
    version: c.version,
  }))
}
