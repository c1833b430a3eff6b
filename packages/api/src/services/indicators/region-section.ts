import { may } from '@bt/auth'
import { listIndicatorExplanations, listIndicatorKeysWithValues, listStoredAggregatesOf, type DB, type Kysely, type StoredAggregate } from '@bt/db'
import type { Context } from '../../context.ts'
import { getRegion } from '../regions/region.ts'
import { loadCatalogue, type CatalogueEntry } from './catalogue.ts'
import { computeRecordIndicator, isRecordIndicator } from './computed.ts'
import { computeScenarioIndicator, isScenarioIndicator } from './scenario-indicators.ts'
import { headline, rollUpPeriods } from './series.ts'
import { mayShowPerArea, PER_AREA_SIGN_IN_NOTE } from './visibility.ts'

/** How many recent periods the region page shows per indicator. */
const RECENT_PERIODS = 8

/** An indicator's periods with this region's figure: computed ones on the fly, stored ones from the maintained aggregates. */
async function regionRollUps(db: Kysely<DB>, ctx: Pick<Context, 'today'>, indicator: CatalogueEntry, regionCode: string, stored: ReadonlyMap<string, StoredAggregate[]>) {
  if (isRecordIndicator(indicator.key)) return [await computeRecordIndicator(db, indicator, { onDate: ctx.today })]
  if (isScenarioIndicator(indicator.key)) {
    const computed = await computeScenarioIndicator(db, indicator)
    return computed ? [computed.rollUp] : []
  }
  return rollUpPeriods(db, indicator, { regions: { regionCode }, stored: stored.get(indicator.key) ?? [] })
}

/**
 * A region's monitoring page (ADR 043): per indicator with figures for the region, its recent
 * series beside the national value of each period, and the region's own explanation. Tiered like the
 * indicator pages: anonymous visitors see only public statistics per region.
 */
export async function getRegionIndicators(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'today'>, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  const [catalogue, withValues, explanations] = await Promise.all([
    loadCatalogue(db),
    listIndicatorKeysWithValues(db, { levels: ['region', 'municipality'] }),
    listIndicatorExplanations(db, { regionCode: region.code }),
  ])
  const withStored = new Set(withValues)
  const shown = catalogue.filter((i) => i.levels.includes('region') && (withStored.has(i.key) || isRecordIndicator(i.key) || isScenarioIndicator(i.key)))
  const visible = shown.filter((i) => mayShowPerArea(i, ctx.actor))
  // Every stored indicator's aggregates in one statement, then the indicators side by side (the
  // reads they share are made once per request: request-reads.ts).
  const storedKeys = visible.filter((i) => !isRecordIndicator(i.key) && !isScenarioIndicator(i.key)).map((i) => i.key)
  const stored = await listStoredAggregatesOf(db, { indicatorKeys: storedKeys, regions: { regionCode: region.code }, recent: RECENT_PERIODS })
  const rollUpsOf = await Promise.all(visible.map((indicator) => regionRollUps(db, ctx, indicator, region.code, stored)))
  const sections = []
  for (const [index, indicator] of visible.entries()) {
    const rollUps = rollUpsOf[index] ?? []
    const series = rollUps.slice(-RECENT_PERIODS).map((r) => {
      const mine = r.regions.find((f) => f.regionCode === region.code)
      const own = mine ? headline(indicator.aggregation, null, mine.aggregate) : { value: null }
      return {
        period: r.period,
        // A stored figure's JSON lost its null fields (jsonb_strip_nulls): a missing value is null.
        regionValue: own.value ?? null,
        regionCompleteness: mine?.aggregate.completeness ?? 'empty',
        regionCovered: mine?.aggregate.covered ?? 0,
        regionOf: mine?.aggregate.of ?? 0,
        numerator: mine?.aggregate.numerator ?? null,
        denominator: mine?.aggregate.denominator ?? null,
        nationalValue: headline(indicator.aggregation, r.nation.published, r.nation.computed).value ?? null,
      }
    })
    if (!series.some((p) => p.regionValue !== null || p.regionCompleteness !== 'empty')) continue
    sections.push({ indicator, series, asOf: isRecordIndicator(indicator.key) ? ctx.today : null, explanation: explanations.find((e) => e.indicatorKey === indicator.key) ?? null })
  }
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    // The region's editors get the way to the entry form beside the figures.
    canEnter: may(ctx.actor, { action: 'edit', regionCode: region.code }),
    sections,
    hiddenCount: shown.length - visible.length,
    note: shown.length > visible.length ? PER_AREA_SIGN_IN_NOTE : null,
  }
}
