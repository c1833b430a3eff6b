import { may } from '@bt/auth'
import {
  findAgreement,
  findAttachmentContent,
  findAttachmentOwner,
  findVisionVersion,
  insertAttachment,
  listAttachments,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, checkAttachment, cleanFilename } from '@bt/domain'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, requirePermission } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now'>
export type OwnerKind = 'agreement' | 'vision_version'

/**
 * The region of the record an attachment belongs to, if the caller may read that record: an
 * agreement's draft for the region's own readers, its published revision for others; a regiovisie
 * version for anyone signed in. NOT_FOUND otherwise (an unpublished draft stays hidden).
 */
async function readableOwnerRegion(db: Kysely<DB>, ctx: Ctx, owner: { ownerKind: OwnerKind; ownerId: number }) {
  if (owner.ownerKind === 'agreement') {
    const agreement = await findAgreement(db, { id: owner.ownerId })
    const readable =
      agreement &&
      (agreement.publishedRevision !== null || may(ctx.actor, { action: 'read_drafts', regionCode: agreement.regionCode }))
    if (!readable) throw new DomainError('NOT_FOUND', `Afspraak ${owner.ownerId} bestaat niet.`)
    return agreement.regionCode
  }
  const version = await findVisionVersion(db, { id: owner.ownerId })
  if (!version) throw new DomainError('NOT_FOUND', `Versie ${owner.ownerId} van de regiovisie bestaat niet.`)
  return version.regionCode
}

/** Store an upload for an agreement or a regiovisie version (region editors); checked by content. Audited. */
export async function uploadAttachment(
  trx: Transaction<DB>,
  ctx: Ctx,
  input: { ownerKind: OwnerKind; ownerId: number; filename: string; content: Uint8Array },
) {
  const regionCode = await readableOwnerRegion(trx, ctx, input)
  requirePermission(ctx, { action: 'edit', regionCode })
  const filename = cleanFilename(input.filename)
  const check = checkAttachment(filename, input.content)
  if (!check.ok) throw new DomainError('INVALID', check.message, { fieldErrors: { file: [check.message] } })
  const id = await insertAttachment(trx, {
    regionCode,
    ownerKind: input.ownerKind,
    ownerId: input.ownerId,
    filename,
    mediaType: check.mediaType,
    content: input.content,
    authorLabel: requireActor(ctx).name,
    now: ctx.now,
  })
  await audit(trx, ctx, {
    action: 'attachment.uploaded',
    entityType: 'attachment',
    entityId: String(id),
    regionCode,
    after: { ownerKind: input.ownerKind, ownerId: input.ownerId, filename, mediaType: check.mediaType, sizeBytes: input.content.byteLength },
  })
  return { id, filename, mediaType: check.mediaType }
}

/** The attachments of a record the caller may read. */
export async function listRecordAttachments(db: Kysely<DB>, ctx: Ctx, input: { ownerKind: OwnerKind; ownerId: number }) {
  await readableOwnerRegion(db, ctx, input)
  return listAttachments(db, input)
}

/** One attachment's file, for whoever may read its record. */
export async function downloadAttachment(db: Kysely<DB>, ctx: Ctx, input: { id: number }) {
  const owner = await findAttachmentOwner(db, input)
  if (!owner) throw new DomainError('NOT_FOUND', `Bijlage ${input.id} bestaat niet.`)
  await readableOwnerRegion(db, ctx, owner)
  const file = await findAttachmentContent(db, input)
  if (!file) throw new DomainError('NOT_FOUND', `Bijlage ${input.id} bestaat niet.`)
  return file
}
