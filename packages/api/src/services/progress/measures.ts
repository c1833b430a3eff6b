import { type DB, type Kysely } from '@bt/db'
import type { BuildingBlockKey } from '@bt/domain'
import { distributeNvoLevels, shareOfRegionsFullyAdopted } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { getRegionTable } from '../regions/table.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/** Blocks whose progress this portal derives from the regions' records; the others show status only. */
export const DERIVED_BLOCKS: readonly BuildingBlockKey[] = ['regional_cooperation']

/** Said beside every derived figure until editions exist (issue 13: as-of for derived figures is "now"). */
export const DERIVED_AS_OF_NOTE =
  'Afgeleide cijfers gelden per vandaag: er zijn nog geen bevroren edities, dus een stand per besluitmoment bestaat voor deze cijfers nog niet.'

/**
 * Block 2's derived progress from the regions' published records (docs/progress-measures.md):
 * the distribution of NvO levels per agreement and the share of regions whose every council adopted
 * the regiovisie. Region names behind each count are region-identifiable, so only signed-in callers get them.
 */
export async function getRegionalCooperationMeasures(db: Kysely<DB>, ctx: Ctx) {
  const table = await getRegionTable(db, ctx)
  const records = table.rows.map((r) => ({
    code: r.code,
    name: r.name,
    municipalityCount: r.municipalityCount,
    levels: r.levels,
    visionVersion: r.visionVersion,
    adoptedCount: r.adoptedCount,
  }))
  const showsRegions = ctx.actor !== null
  const hide = (names: string[]) => (showsRegions ? names : [])
  const distributions = distributeNvoLevels(records).map((d) => ({
    ...d,
    counts: d.counts.map((c) => ({ ...c, regions: hide(c.regions) })),
  }))
  const adoption = shareOfRegionsFullyAdopted(records)
  return {
    asOf: ctx.today,
    asOfNote: DERIVED_AS_OF_NOTE,
    showsRegions,
    regionCount: records.length,
    levelDistributions: distributions,
    adoption: {
      ...adoption,
      fullyAdoptedCount: adoption.fullyAdopted.length,
      partlyAdoptedCount: adoption.partlyAdopted.length,
      notAdoptedCount: adoption.notAdopted.length,
      withoutVisionCount: adoption.withoutVision.length,
      fullyAdopted: hide(adoption.fullyAdopted),
      partlyAdopted: hide(adoption.partlyAdopted),
      notAdopted: hide(adoption.notAdopted),
      withoutVision: hide(adoption.withoutVision),
    },
  }
}

/** The derived measures of one block, or null when its progress is a national decision (status only). */
export async function getDerivedMeasures(db: Kysely<DB>, ctx: Ctx, block: BuildingBlockKey) {
  return block === 'regional_cooperation' ? getRegionalCooperationMeasures(db, ctx) : null
}
