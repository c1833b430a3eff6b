import { listRegionValuesOfLastTwoYears, listRegionValuesOfLatestEnd, type DB, type Kysely } from '@bt/db'
import { homeShareOf, latestYearWithPlaces, placesInYear, summariseHomeShare, summariseHousingPlaces } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { loadCatalogue } from '../indicators/catalogue.ts'
import { MIN_REGIONS_WITHOUT_SIGN_IN, namesFor, todaysRegions, type ComparisonPart, type TodaysRegions } from './comparison-types.ts'
import { LIVE_BASIS, liveAsOf, type DerivedBasis } from './derived-as-of.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

export const HOUSING_INDICATOR = 'housing_units_added'
export const HOME_SHARE_INDICATOR = 'bw_home_share'

type ValueRow = Awaited<ReturnType<typeof listRegionValuesOfLatestEnd>>[number]

function groupByRegion(rows: readonly ValueRow[]): Map<string, ValueRow[]> {
  const groups = new Map<string, ValueRow[]>()
  for (const row of rows) groups.set(row.areaCode, [...(groups.get(row.areaCode) ?? []), row])
  return groups
}

/** Region values of the last two calendar years with values: enough for a whole latest year, or the one before. */
async function loadHousing(db: Kysely<DB>) {
  const rows = await listRegionValuesOfLastTwoYears(db, { indicatorKey: HOUSING_INDICATOR })
  const byRegion = groupByRegion(rows)
  return { year: latestYearWithPlaces([...byRegion.values()]), byRegion }
}

/** The region values of the latest period; of several ending that day, the one most regions reported. */
async function loadHomeShare(db: Kysely<DB>) {
  const rows = await listRegionValuesOfLatestEnd(db, { indicatorKey: HOME_SHARE_INDICATOR })
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.period, (counts.get(r.period) ?? 0) + 1)
  const period = [...counts].sort(([a, n], [b, m]) => m - n || b.localeCompare(a))[0]?.[0] ?? null
  return { period, byRegion: new Map(rows.filter((r) => r.period === period).map((r) => [r.areaCode, r])) }
}

/**
 * Block 7's derived progress (docs/progress-measures.md): housing places realised in the latest whole
 * year against the catalogue's target, and the share of beschermd thuis in the latest period from
 * summed counts. Anonymous visitors get national figures and band counts, never names, and nothing
 * per band when fewer than three regions reported (the bands would show one region's figure).
 */
export async function deriveNationalAgreements(db: Kysely<DB>, ctx: Ctx, regionsOf: TodaysRegions = todaysRegions(db, ctx), basis: DerivedBasis = LIVE_BASIS) {
  const [regions, catalogue, housing, home] = await Promise.all([
    regionsOf(),
    loadCatalogue(db),
    loadHousing(db),
    loadHomeShare(db),
  ])
  const targetOf = (key: string) => catalogue.find((i) => i.key === key)?.target ?? null
  const housingTarget = targetOf(HOUSING_INDICATOR)
  const homeTarget = targetOf(HOME_SHARE_INDICATOR)
  const placesOf = (code: string) => (housing.year === null ? null : placesInYear(housing.byRegion.get(code) ?? [], housing.year))
  const homeOf = (code: string) => ({ homeClients: home.byRegion.get(code)?.numerator ?? null, allClients: home.byRegion.get(code)?.denominator ?? null })
  const places = summariseHousingPlaces(regions.map((r) => ({ code: r.code, name: r.name, placesAdded: placesOf(r.code) })), housingTarget?.value ?? null)
  const share = summariseHomeShare(regions.map((r) => ({ code: r.code, name: r.name, ...homeOf(r.code) })), homeTarget ? Math.round(homeTarget.value * 100) : null)
  const showsRegions = ctx.actor !== null
  const names = namesFor(showsRegions)
  const homeReported = share.regionCount - share.withoutFigure.length
  const homeWithheld = !showsRegions && homeReported > 0 && homeReported < MIN_REGIONS_WITHOUT_SIGN_IN
  const housingWithheld = !showsRegions && places.reported.length > 0 && places.reported.length < MIN_REGIONS_WITHOUT_SIGN_IN
  const measures = {
    kind: 'national_agreements' as const,
    ...liveAsOf(ctx, basis),
    showsRegions,
    regionCount: regions.length,
    housing: {
      year: housing.year,
      withheld: housingWithheld,
      total: housingWithheld ? null : places.total,
      complete: places.complete,
      reportedCount: places.reported.length,
      notReportedCount: places.notReported.length,
      reported: names(places.reported),
      notReported: names(places.notReported),
      target: housingTarget,
      shareOfTargetBasisPoints: housingWithheld ? null : places.shareOfTargetBasisPoints,
    },
    homeShare: {
      period: home.period,
      withheld: homeWithheld,
      national: homeWithheld ? null : share.national,
      bands: share.bands.map((b) => ({ key: b.key, label: b.label, count: homeWithheld ? null : b.count, regions: names(b.regions) })),
      reportedCount: homeReported,
      withoutFigureCount: share.withoutFigure.length,
      withoutFigure: names(share.withoutFigure),
      target: homeTarget,
      atOrAboveTarget: homeWithheld ? null : share.atOrAboveTarget,
    },
  }
  const comparison: ComparisonPart = {
    measures: [
      { key: 'thuis', name: 'Aandeel beschermd thuis', unit: 'basisPoints', signed: false, definition: `Cliënten beschermd wonen die niet intramuraal wonen, als aandeel van alle cliënten BW (${home.period ?? 'geen periode'}).` },
      { key: 'woonplekken', name: 'Gerealiseerde woonplekken', unit: 'count', signed: false, definition: `Woonplekken voor uitstroom die de regio meldde over het hele jaar ${housing.year ?? '(geen jaar)'}.` },
    ],
    valuesOf: (code) => ({ thuis: homeShareOf(homeOf(code)), woonplekken: placesOf(code) }),
  }
  return { measures, comparison }
}
