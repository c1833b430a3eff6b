import { listAllSubLineChanges, listSubLines, type DB, type Kysely } from '@bt/db'
import type { BuildingBlockKey } from '@bt/domain'
import { countStatusesPerMoment, type TrendMoment } from '@bt/indicators'

/**
 * Per block, how many sub-lines stood at each status at every decision moment the caller may see
 * (two small queries for all blocks): the overview's small trend and the block page's chart. The
 * queries start at once; the moments are given when the counts are asked for, so a caller can load
 * them alongside.
 */
export async function loadStatusTrends(db: Kysely<DB>, params: { upTo: string }) {
  const [lines, changes] = await Promise.all([listSubLines(db), listAllSubLineChanges(db, { upTo: params.upTo })])
  return (moments: readonly TrendMoment[]) => (block: BuildingBlockKey) =>
    countStatusesPerMoment(
      moments,
      lines.filter((l) => l.buildingBlock === block).map((l) => l.id),
      changes.filter((c) => c.buildingBlock === block).map((c) => ({ subLineId: c.subLineId, momentDate: c.momentDate, status: c.status })),
    ).map((t) => ({ momentId: t.moment.id, momentDate: t.moment.momentDate, label: t.moment.label, counts: t.counts, notSet: t.notSet }))
}
