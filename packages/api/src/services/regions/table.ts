import {
  countCurrentVisionAdoptions,
  listAllNvoLevels,
  listAllPublishedAgreements,
  listRegions,
  type DB,
  type Kysely,
  type VisibleAgreement,
} from '@bt/db'
import { CONDITION_KEYS, NVO_AGREEMENT_KEYS, type NvoAgreementKey } from '@bt/domain'
import { computeCoverageMatrix, summariseCompleteness, summarisePlanning } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { latest } from './region.ts'

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(key(item)) ?? []
    list.push(item)
    groups.set(key(item), list)
  }
  return groups
}

/**
 * The national region table (signed in): every region side by side from its **published** records
 * only — NvO levels, Dannenberg conditions covered, regiovisie adoptions, agreements overdue and
 * delayed, completeness and last change. Four queries for all regions, then the same indicator
 * functions the region page uses, per region.
 */
export async function getRegionTable(db: Kysely<DB>, ctx: Pick<Context, 'today'>) {
  const [regions, agreements, levels, adoptions] = await Promise.all([
    listRegions(db, { onDate: ctx.today }),
    listAllPublishedAgreements(db),
    listAllNvoLevels(db),
    countCurrentVisionAdoptions(db, { onDate: ctx.today }),
  ])
  const agreementsOf = groupBy(agreements, (a) => a.regionCode)
  const levelsOf = groupBy(levels, (l) => l.regionCode)
  const adoptionOf = new Map(adoptions.map((a) => [a.regionCode, a]))
  const rows = regions.map((region) => {
    const own = (agreementsOf.get(region.code) ?? []).map((a: VisibleAgreement) => ({ ...a, stage: a.stage }))
    const ownLevels = levelsOf.get(region.code) ?? []
    const planning = summarisePlanning(own, ctx.today)
    const completeness = summariseCompleteness(own, { nvoLevelsSet: ownLevels.length, nvoAgreementCount: NVO_AGREEMENT_KEYS.length })
    const adoption = adoptionOf.get(region.code)
    return {
      code: region.code,
      name: region.name,
      slug: region.slug,
      province: region.province,
      municipalityCount: region.municipalityCount,
      inhabitants: region.inhabitants,
      // Object.fromEntries loses the key type; one entry per NvO agreement key.
      levels: Object.fromEntries(
        NVO_AGREEMENT_KEYS.map((key) => [key, ownLevels.find((l) => l.nvoAgreement === key)?.level ?? null]),
      ) as Record<NvoAgreementKey, number | null>,
      conditionsCovered: computeCoverageMatrix(own).conditions.filter((c) => !c.isWhiteSpot).length,
      visionVersion: adoption?.versionNumber ?? null,
      adoptedCount: adoption?.adoptedCount ?? 0,
      agreementCount: own.length,
      overdueCount: planning.overdue.length,
      delayedCount: planning.delayed.length,
      completeBasisPoints: own.length === 0 ? null : completeness.completeBasisPoints,
      lastChange: latest([...own.map((a) => a.updatedAt), ...ownLevels.map((l) => l.updatedAt)]),
    }
  })
  return { rows, conditionCount: CONDITION_KEYS.length, asOf: ctx.today }
}
