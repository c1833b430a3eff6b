import { countCurrentVisionAdoptions, type DB, type Kysely } from '@bt/db'
import { distributeNvoLevels, shareOfRegionsFullyAdopted, type RegionCooperationRecord } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { namesFor, todaysRegions, type ComparisonPart, type DerivedScope, type TodaysRegions } from './comparison-types.ts'
import { cooperationRecordsOf, editionAsOf, LIVE_BASIS, liveAsOf, resolveDerivedBasis, type DerivedBasis, type EditionSource } from './derived-as-of.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/**
 * Block 2's records read live: today's regions with their regiovisie adoptions confirmed by the
 * municipalities' signatories and, when wanted, their NvO levels as confirmed in the latest edition
 * frozen by today (ADR 012: until an edition confirms them, a region's levels are its proposals).
 */
async function loadCooperationRecords(db: Kysely<DB>, ctx: Ctx, regionsOf: TodaysRegions, withLevels: boolean): Promise<{ records: RegionCooperationRecord[]; levelsEdition: EditionSource | null }> {
  const [regions, levelsBasis, adoptions] = await Promise.all([
    regionsOf(),
    withLevels ? resolveDerivedBasis(db, { momentDate: ctx.today }) : null,
    countCurrentVisionAdoptions(db, { onDate: ctx.today }),
  ])
  const levelsEdition = levelsBasis?.source ?? null
  const levelsOf = new Map((levelsEdition ? cooperationRecordsOf(levelsEdition) : []).map((r) => [r.code, r.levels]))
  const adoptionOf = new Map(adoptions.map((a) => [a.regionCode, a]))
  const records = regions.map((r) => ({
    code: r.code,
    name: r.name,
    municipalityCount: r.municipalityCount,
    levels: levelsOf.get(r.code) ?? {},
    visionVersion: adoptionOf.get(r.code)?.versionNumber ?? null,
    adoptedCount: adoptionOf.get(r.code)?.adoptedCount ?? 0,
  }))
  return { records, levelsEdition }
}

/** Which frozen edition the NvO levels are those of, said beside them; null when none is frozen yet. */
function levelsFrom(edition: EditionSource | null) {
  return edition && { key: edition.key, label: edition.label, frozenOn: edition.frozenOn }
}

/**
 * Block 2's derived progress from the regions' published records (docs/progress-measures.md), or from
 * a frozen edition's pictures on an as-of view: the distribution of NvO levels per agreement and the
 * share of regions whose every council adopted the regiovisie. Region names behind each count are
 * region-identifiable, so only signed-in callers get them.
 */
export async function deriveRegionalCooperation(
  db: Kysely<DB>,
  ctx: Ctx,
  regionsOf: TodaysRegions = todaysRegions(db, ctx),
  basis: DerivedBasis = LIVE_BASIS,
  scope: DerivedScope = 'page',
) {
  // The overview's headline is the adoption share: it skips reading and distributing 8 levels per region.
  const withLevels = scope === 'page'
  const { records, levelsEdition } = basis.source
    ? { records: cooperationRecordsOf(basis.source), levelsEdition: basis.source }
    : await loadCooperationRecords(db, ctx, regionsOf, withLevels)
  const showsRegions = ctx.actor !== null
  const names = namesFor(showsRegions)
  const distributions = withLevels ? distributeNvoLevels(records).map((d) => ({ ...d, counts: d.counts.map((c) => ({ ...c, regions: names(c.regions) })) })) : []
  const adoption = shareOfRegionsFullyAdopted(records)
  const measures = {
    kind: 'regional_cooperation' as const,
    ...(basis.source ? editionAsOf(basis.source) : liveAsOf(ctx)),
    showsRegions,
    regionCount: records.length,
    levelDistributions: distributions,
    /** The frozen edition whose confirmed NvO levels the distributions count (none on the overview's headline). */
    levelsEdition: withLevels ? levelsFrom(levelsEdition) : null,
    adoption: {
      ...adoption,
      fullyAdoptedCount: adoption.fullyAdopted.length,
      partlyAdoptedCount: adoption.partlyAdopted.length,
      notAdoptedCount: adoption.notAdopted.length,
      withoutVisionCount: adoption.withoutVision.length,
      fullyAdopted: names(adoption.fullyAdopted),
      partlyAdopted: names(adoption.partlyAdopted),
      notAdopted: names(adoption.notAdopted),
      withoutVision: names(adoption.withoutVision),
    },
  }
  const byCode = new Map(records.map((r) => [r.code, r]))
  const comparison: ComparisonPart = {
    measures: [
      { key: 'raden', name: 'Raden die de regiovisie vaststelden', unit: 'basisPoints', signed: false, definition: 'Aandeel van de gemeenteraden van de regio dat de nieuwste versie van de regiovisie vaststelde, bevestigd door de ondertekenaar van de gemeente.' },
      { key: 'nvo', name: 'NvO-afspraken vastgesteld of verder', unit: 'count', signed: false, definition: 'Aantal van de acht NvO-afspraken op niveau 3 (vastgesteld) of 4 (geactualiseerd), zoals vastgesteld in de laatst bevroren editie.' },
    ],
    valuesOf: (code) => {
      const r = byCode.get(code)
      const adopted = r && r.visionVersion !== null && r.municipalityCount > 0 ? Math.floor((Math.min(r.adoptedCount, r.municipalityCount) * 20_000 + r.municipalityCount) / (2 * r.municipalityCount)) : null
      const nvo = r ? Object.values(r.levels).filter((l) => l !== null && l !== undefined && l >= 3).length : null
      return { raden: adopted, nvo }
    },
  }
  return { measures, comparison }
}
