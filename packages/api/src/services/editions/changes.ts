// What changed since the previous frozen edition, per region and per building block (issue 14). A
// frozen edition's changes are computed once and stored (ADR 044); an open edition's are computed live.

import {
  findPreviousPicture,
  listDisputes,
  listEditionRegions,
  listEditions,
  listStoredRegionChanges,
  storeRegionChanges,
  type DB,
  type Kysely,
  type RegionChangesToStore,
} from '@bt/db'
import {
  CHANGE_KINDS,
  CHANGE_RULES_VERSION,
  comparePictures,
  DomainError,
  recordFor,
  sinceOf,
  type ChangeBaseline,
  type PictureChange,
} from '@bt/domain'
import type { Context } from '../../context.ts'
import { maySeePicture, readEditions } from './lookup.ts'

type Ctx = Pick<Context, 'actor'>
type Edition = Awaited<ReturnType<typeof listEditions>>[number]
type RegionRow = Awaited<ReturnType<typeof listEditionRegions>>[number]

/** One region's changes and the picture they were measured against. */
interface RegionChanges {
  regionName: string
  baseline: ChangeBaseline['edition']
  changes: PictureChange[]
}

/** The edition asked for (or the latest frozen one) and the frozen edition before it, from the list of editions. */
function editionsFor(editions: readonly Edition[], key: string | undefined) {
  const edition =
    key === undefined
      ? editions.find((e) => e.state === 'frozen')
      : editions.find((e) => e.key === key)
  if (!edition)
    throw new DomainError(
      'NOT_FOUND',
      key === undefined ? 'Er is nog geen bevroren editie.' : `Editie ${key} bestaat niet.`,
    )
  // The list is newest first: the first frozen edition with a smaller key is the previous one.
  const previous = editions.find((e) => e.state === 'frozen' && e.key < edition.key)
  return { edition, previous }
}

/**
 * The changes of regions' pictures against the last frozen picture before `edition` (a region that did
 * not report in the previous edition is compared with its last picture before that), computed from the
 * pictures: the one definition of the changes, stored or not.
 */
async function computeRegionChanges(
  db: Kysely<DB>,
  edition: Edition,
  hasPrevious: boolean,
  rows: readonly RegionRow[],
) {
  const disputes = await listDisputes(db, { editionId: edition.id })
  const computed: (RegionChanges & { store: RegionChangesToStore })[] = []
  for (const row of rows) {
    if (!row.picture) continue
    const before = hasPrevious
      ? await findPreviousPicture(db, { beforeKey: edition.key, regionCode: row.regionCode })
      : undefined
    const own = disputes.filter((d) => d.regionCode === row.regionCode)
    const changes = comparePictures(before?.picture ?? null, row.picture, own)
    computed.push({
      regionName: row.regionName,
      baseline: before ? { key: before.key, label: before.label } : null,
      changes,
      store: {
        editionId: edition.id,
        regionCode: row.regionCode,
        comparedWithEditionId: before?.id ?? null,
        changes,
        rulesVersion: CHANGE_RULES_VERSION,
      },
    })
  }
  return computed
}

/**
 * Compute and store the changes of every frozen edition from `fromKey` on (all without it): freezing an
 * edition gives it its changes and moves the baseline of any frozen edition after it (one frozen later
 * with an earlier key). Every path that freezes an edition calls this in the same transaction.
 */
export async function storeFrozenEditionChanges(db: Kysely<DB>, fromKey?: string): Promise<void> {
  const editions = await listEditions(db)
  for (const edition of editions.filter(
    (e) => e.state === 'frozen' && (fromKey === undefined || e.key >= fromKey),
  )) {
    const { previous } = editionsFor(editions, edition.key)
    const computed = await computeRegionChanges(
      db,
      edition,
      previous !== undefined,
      await listEditionRegions(db, { editionId: edition.id }),
    )
    await storeRegionChanges(
      db,
      computed.map((c) => c.store),
    )
  }
}

/** A frozen edition's stored changes; regions without stored changes by today's rules (frozen before ADR 044, or older rules) are computed and stored once. */
async function storedRegionChanges(
  db: Kysely<DB>,
  edition: Edition,
  hasPrevious: boolean,
  regionSlug: string | undefined,
): Promise<RegionChanges[]> {
  const stored = await listStoredRegionChanges(db, {
    editionId: edition.id,
    regionSlug,
    rulesVersion: CHANGE_RULES_VERSION,
  })
  const missing = new Set(stored.filter((r) => r.changes === null).map((r) => r.regionCode))
  const computed = new Map<string, RegionChanges>()
  if (missing.size > 0) {
    const rows = (await listEditionRegions(db, { editionId: edition.id, regionSlug })).filter((r) =>
      missing.has(r.regionCode),
    )
    const fresh = await computeRegionChanges(db, edition, hasPrevious, rows)
    await storeRegionChanges(
      db,
      fresh.map((c) => c.store),
    )
    for (const c of fresh) computed.set(c.store.regionCode, c)
  }
  return stored.map(
    (r) =>
      computed.get(r.regionCode) ?? {
        regionName: r.regionName,
        baseline:
          r.comparedWithKey !== null && r.comparedWithLabel !== null
            ? { key: r.comparedWithKey, label: r.comparedWithLabel }
            : null,
        changes: r.changes ?? [],
      },
  )
}

/** An open edition's changes, computed now, for the pictures the caller may see. */
async function liveRegionChanges(
  db: Kysely<DB>,
  ctx: Ctx,
  edition: Edition,
  hasPrevious: boolean,
  regionSlug: string | undefined,
) {
  const rows = await listEditionRegions(db, { editionId: edition.id, regionSlug })
  return computeRegionChanges(
    db,
    edition,
    hasPrevious,
    rows.filter((r) => maySeePicture(ctx, edition, r.regionCode)),
  )
}

/**
 * The changes of an edition's pictures against the previous frozen edition, optionally for one region
 * or one building block. Counts per kind are national (public once frozen); the region-identifiable
 * list is for those signed in who may see the pictures.
 */
export async function getEditionChanges(
  db: Kysely<DB>,
  ctx: Ctx,
  input: { editionKey?: string; regionSlug?: string; buildingBlock?: string },
) {
  const { edition, previous } = editionsFor(await readEditions(db), input.editionKey)
  const hasPrevious = previous !== undefined
  const regions =
    edition.state === 'frozen'
      ? await storedRegionChanges(db, edition, hasPrevious, input.regionSlug)
      : await liveRegionChanges(db, ctx, edition, hasPrevious, input.regionSlug)
  const changes = regions.flatMap((r) => r.changes)
  const baselines: ChangeBaseline[] = regions.map((r) => ({
    regionName: r.regionName,
    edition: r.baseline,
  }))
  const shown =
    input.buildingBlock === undefined
      ? changes
      : changes.filter((c) => c.buildingBlocks.includes(input.buildingBlock ?? ''))
  const counts = recordFor(CHANGE_KINDS, (k) => shown.filter((c) => c.kind === k).length)
  const publicCounts = edition.state === 'frozen'
  const since = sinceOf(
    previous ? { key: previous.key, label: previous.label } : null,
    baselines,
    input.regionSlug !== undefined,
  )
  return {
    edition: { key: edition.key, label: edition.label, state: edition.state },
    previous: since.previous,
    // Which region was compared with what is region-identifiable: signed in only.
    otherBaselines: ctx.actor ? since.otherBaselines : [],
    counts: publicCounts || ctx.actor ? counts : null,
    changes: ctx.actor ? shown : null,
  }
}
