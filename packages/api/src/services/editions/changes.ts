// What changed since the previous frozen edition, per region and per building block (issue 14).

import { findPreviousFrozenEdition, findPreviousPicture, listDisputes, listEditionRegions, listEditions, type DB, type Kysely } from '@bt/db'
import { CHANGE_KINDS, comparePictures, DomainError, recordFor, sinceOf, type ChangeBaseline, type PictureChange } from '@bt/domain'
import type { Context } from '../../context.ts'
import { readOnce } from '../../request-reads.ts'
import { getEdition, maySeePicture } from './lookup.ts'

type Ctx = Pick<Context, 'actor'>

/** The edition asked for, or the latest frozen one. */
async function editionFor(db: Kysely<DB>, key: string | undefined) {
  if (key) return getEdition(db, key)
  const frozen = (await readOnce(db, listEditions, undefined)).find((e) => e.state === 'frozen')
  if (!frozen) throw new DomainError('NOT_FOUND', 'Er is nog geen bevroren editie.')
  return frozen
}

/**
 * The changes of an edition's pictures against the previous frozen edition, optionally for one region
 * or one building block. Counts per kind are national (public once frozen); the region-identifiable
 * list is for those signed in who may see the pictures.
 */
export async function getEditionChanges(db: Kysely<DB>, ctx: Ctx, input: { editionKey?: string; regionSlug?: string; buildingBlock?: string }) {
  const edition = await editionFor(db, input.editionKey)
  const previous = await findPreviousFrozenEdition(db, { beforeKey: edition.key })
  const rows = await listEditionRegions(db, { editionId: edition.id, regionSlug: input.regionSlug })
  const disputes = await listDisputes(db, { editionId: edition.id })
  const changes: PictureChange[] = []
  const baselines: ChangeBaseline[] = []
  for (const row of rows) {
    if (!row.picture) continue
    if (edition.state !== 'frozen' && !maySeePicture(ctx, edition, row.regionCode)) continue
    // A region that did not report in the previous edition is compared with its last picture before that.
    const before = previous ? await findPreviousPicture(db, { beforeKey: edition.key, regionCode: row.regionCode }) : undefined
    const own = disputes.filter((d) => d.regionCode === row.regionCode)
    changes.push(...comparePictures(before?.picture ?? null, row.picture, own))
    baselines.push({ regionName: row.regionName, edition: before ? { key: before.key, label: before.label } : null })
  }
  const shown = input.buildingBlock === undefined ? changes : changes.filter((c) => c.buildingBlocks.includes(input.buildingBlock ?? ''))
  const counts = recordFor(CHANGE_KINDS, (k) => shown.filter((c) => c.kind === k).length)
  const publicCounts = edition.state === 'frozen'
  const since = sinceOf(previous ? { key: previous.key, label: previous.label } : null, baselines, input.regionSlug !== undefined)
  return {
    edition: { key: edition.key, label: edition.label, state: edition.state },
    previous: since.previous,
    // Which region was compared with what is region-identifiable: signed in only.
    otherBaselines: ctx.actor ? since.otherBaselines : [],
    counts: publicCounts || ctx.actor ? counts : null,
    changes: ctx.actor ? shown : null,
  }
}
