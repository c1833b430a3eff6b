import { readStampAndExplainedIndicators, type DB, type Kysely } from '@bt/db'
import type { Context } from '../../context.ts'
import { stampedCache } from '../progress/stamped-cache.ts'
import { getRegion } from '../regions/region.ts'
import { getRegionIndicators } from './region-section.ts'

type Section = Awaited<ReturnType<typeof getRegionIndicators>>['sections'][number]
type Point = Section['series'][number]

/** One indicator's row in a region page's compact table: its latest period with a figure for the region. */
export interface LatestIndicatorRow {
  indicator: { key: string; label: string; unit: Section['indicator']['unit'] }
  period: string
  regionValue: number | null
  nationalValue: number | null
  /** The region's coverage when not every member municipality had a value in that period. */
  partial: { covered: number; of: number } | null
  hasExplanation: boolean
}

/**
 * The latest point of a section's series with a figure for the region: a value, else (a partial sum
 * has no value) the latest point with any of its municipalities' values. The same series the
 * monitoring page shows, so both pages name the same period.
 */
export function latestPoint(series: readonly Point[]): Point | undefined {
  return series.findLast((p) => p.regionValue !== null) ?? series.findLast((p) => p.regionCompleteness !== 'empty')
}

function rowOf(section: Section): Omit<LatestIndicatorRow, 'hasExplanation'> | null {
  const point = latestPoint(section.series)
  if (!point) return null
  const { key, label, unit } = section.indicator
  return {
    indicator: { key, label, unit },
    period: point.period,
    regionValue: point.regionValue,
    nationalValue: point.nationalValue,
    partial: point.regionCompleteness === 'partial' ? { covered: point.regionCovered, of: point.regionOf } : null,
  }
}

type Latest = { rows: Omit<LatestIndicatorRow, 'hasExplanation'>[]; note: string | null }

// The figures change only with records the overview stamp covers (indicator values and catalogue,
// agreements, adoptions, levels, editions, the indeling, the reference scenario: ADR 031), so they are
// computed once per stamp, region, visibility tier and day (ADR 043).
const latestNow = stampedCache<Latest>()

/**
 * The compact "Indicatoren" table of a region's page (ADR 043): per indicator the latest period with a
 * figure for the region, its figure beside the national one, and whether the region explained it.
 * Tiered exactly as `regionSection` (it is derived from it): anonymous visitors get public statistics
 * per region only, and the note saying so.
 */
export async function getRegionLatestIndicators(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'today'>, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  // Only whether someone is signed in decides what is shown per area (visibility.ts).
  const tier = ctx.actor === null ? 'public' : 'signed-in'
  // One statement: the stamp the figures are kept under and, fresh on every view (explanations are not
  // among the stamp's records), the indicators the region explained.
  const { stamp, explained } = await readStampAndExplainedIndicators(db, { regionCode: region.code })
  const latest = await latestNow.atStamp(db, stamp, { variant: `${region.code}:${tier}`, today: ctx.today }, async () => {
    const { sections, note } = await getRegionIndicators(db, ctx, input)
    return { rows: sections.map(rowOf).filter((r) => r !== null), note }
  })
  const explainedKeys = new Set(explained)
  return {
    rows: latest.rows.map((r): LatestIndicatorRow => ({ ...r, hasExplanation: explainedKeys.has(r.indicator.key) })),
    note: latest.note,
  }
}
