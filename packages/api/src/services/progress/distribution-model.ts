import { findReferenceScenarioRegions, type DB, type Kysely } from '@bt/db'
import { spreadObjectiveVsHistorical } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { MIN_REGIONS_WITHOUT_SIGN_IN, namesFor, todaysRegions, type ComparisonPart, type TodaysRegions } from './comparison-types.ts'
import { LIVE_BASIS, liveAsOf, type DerivedBasis } from './derived-as-of.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/**
 * Block 1's derived progress (docs/progress-measures.md): the spread of the regions' objective against
 * their historical budgets in the reference scenario (issue 18), over today's regions; a region the
 * scenario does not cover counts as "without figure". Anonymous visitors get the bands' counts, never
 * names, and nothing when fewer than three regions have a figure (the bands would show one region's).
 */
export async function deriveDistributionModel(db: Kysely<DB>, ctx: Ctx, regionsOf: TodaysRegions = todaysRegions(db, ctx), basis: DerivedBasis = LIVE_BASIS) {
  const [scenario, regions] = await Promise.all([findReferenceScenarioRegions(db), regionsOf()])
  const budgetOf = new Map((scenario?.regions ?? []).map((r) => [r.code, r]))
  const records = regions.map((region) => {
    const budget = budgetOf.get(region.code)
    return {
      code: region.code,
      name: region.name,
      historicalCents: budget?.historicalCents ?? null,
      objectiveCents: budget?.objectiveCents ?? null,
      changeBasisPoints: budget?.changeBasisPoints ?? null,
    }
  })
  const spread = spreadObjectiveVsHistorical(records)
  const withFigure = spread.regionCount - spread.withoutFigure.length
  const showsRegions = ctx.actor !== null
  const withheld = !showsRegions && withFigure > 0 && withFigure < MIN_REGIONS_WITHOUT_SIGN_IN
  const names = namesFor(showsRegions)
  const measures = {
    kind: 'distribution_model' as const,
    ...liveAsOf(ctx, basis),
    showsRegions,
    withheld,
    scenario: scenario ? { name: scenario.name, computedAt: scenario.computedAt ?? scenario.createdAt.toISOString() } : null,
    regionCount: spread.regionCount,
    withFigureCount: withFigure,
    bands: spread.bands.map((b) => ({ key: b.band.key, label: b.band.label, count: withheld ? null : b.count, regions: names(b.regions) })),
    withoutFigureCount: spread.withoutFigure.length,
    withoutFigure: names(spread.withoutFigure),
    medianBasisPoints: withheld ? null : spread.medianBasisPoints,
    declining: withheld ? null : spread.declining,
    rising: withheld ? null : spread.rising,
  }
  const comparison: ComparisonPart = {
    measures: [
      { key: 'verandering', name: 'Objectief t.o.v. historisch', unit: 'basisPoints', signed: true, definition: 'Objectief budget min historisch budget, als percentage van het historische budget (referentiescenario).' },
      { key: 'historisch', name: 'Historisch budget', unit: 'cents', signed: false, definition: 'Budget van de centrumgemeente in het jaar nul van het ingroeipad (referentiescenario).' },
      { key: 'objectief', name: 'Objectief budget', unit: 'cents', signed: false, definition: 'Som van de objectieve budgetten van de gemeenten van de regio aan het eind van het ingroeipad (referentiescenario).' },
    ],
    valuesOf: (code) => {
      const r = budgetOf.get(code)
      return { verandering: r?.changeBasisPoints ?? null, historisch: r?.historicalCents ?? null, objectief: r?.objectiveCents ?? null }
    },
  }
  return { measures, comparison }
}
