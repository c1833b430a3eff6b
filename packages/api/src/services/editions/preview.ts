import type { DB, Kysely } from '@bt/db'
import type { Context } from '../../context.ts'
import { getPictureRow, requireRegionEditor } from './lookup.ts'
import { livePicture } from './steps.ts'

/** What submitting now would snapshot, and the contradictions to resolve or explain first (region editors). */
export async function getPicturePreview(db: Kysely<DB>, ctx: Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>, input: { editionKey: string; regionSlug: string }) {
  const found = await getPictureRow(db, input.editionKey, input.regionSlug)
  requireRegionEditor(ctx, found.region)
  const { picture, findings } = await livePicture(db, ctx, found)
  return { picture, findings, explanations: found.row.explanations, version: found.row.version, state: found.row.state }
}
