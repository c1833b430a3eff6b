import { listRegions, type DB, type Kysely } from '@bt/db'
import type { Context } from '../../context.ts'

// The region comparison of a building block page (issue 13): per region, the block's own measures
// and its published agreements tagged with the block. Region-identifiable, so for signed-in users only.

/** What a comparison column holds; the portal formats by unit (basis points are percentages ×100). */
export interface ComparisonMeasure {
  key: string
  name: string
  unit: 'count' | 'basisPoints' | 'cents'
  /** A change shows its sign (+/−); a share does not. */
  signed: boolean
  /** One sentence: what the number is and where it comes from. */
  definition: string
}

/** A block's own per-region values: its columns and each region's values by column key. */
export interface ComparisonPart {
  measures: ComparisonMeasure[]
  valuesOf: (regionCode: string) => Record<string, number | null>
}

/** What a derived block is computed for: its own page (every measure) or the overview's headlines. */
export type DerivedScope = 'page' | 'headlines'

/** Fewer regions with a figure than this, and a distribution would show a region's own figure to anyone. */
export const MIN_REGIONS_WITHOUT_SIGN_IN = 3

/** Region names behind a count: only for signed-in callers (DESIGN.md visibility table). */
export function namesFor(showsRegions: boolean) {
  return (names: readonly string[]) => (showsRegions ? [...names] : [])
}

/** Today's regions, loaded at most once per request however many measures need them. */
export type TodaysRegions = () => Promise<Awaited<ReturnType<typeof listRegions>>>

/** A loader of today's regions that queries once and shares the answer. */
export function todaysRegions(db: Kysely<DB>, ctx: Pick<Context, 'today'>): TodaysRegions {
  let loaded: ReturnType<TodaysRegions> | undefined
  return () => (loaded ??= listRegions(db, { onDate: ctx.today }))
}
