import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

type OwnerKind = 'agreement' | 'vision_version'

/** Store an uploaded file; returns its id. */
export async function insertAttachment(
  trx: Transaction<DB>,
  params: { regionCode: string; ownerKind: OwnerKind; ownerId: number; filename: string; mediaType: string; content: Uint8Array; authorLabel: string; now: Date },
) {
  const row = await trx
    .insertInto('attachment')
    .values({
      regionCode: params.regionCode,
      ownerKind: params.ownerKind,
      ownerId: params.ownerId,
      filename: params.filename,
      mediaType: params.mediaType,
      sizeBytes: params.content.byteLength,
      // pg wants a Buffer; PGlite takes any Uint8Array, Buffer included.
      content: Buffer.from(params.content.buffer, params.content.byteOffset, params.content.byteLength),
      createdByLabel: params.authorLabel,
      createdAt: params.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The attachments of one record, without their content. */
export async function listAttachments(db: Kysely<DB>, params: { ownerKind: OwnerKind; ownerId: number }) {
  return db
    .selectFrom('attachment')
    .select(['id', 'filename', 'mediaType', 'sizeBytes', 'createdAt', 'createdByLabel'])
    .where('ownerKind', '=', params.ownerKind)
    .where('ownerId', '=', params.ownerId)
    .orderBy('id')
    .execute()
}

/** One attachment's owner (for the permission check), without its content. */
export async function findAttachmentOwner(db: Kysely<DB>, params: { id: number }) {
  return db.selectFrom('attachment').select(['id', 'regionCode', 'ownerKind', 'ownerId']).where('id', '=', params.id).executeTakeFirst()
}

/** One attachment with its content, or undefined. */
export async function findAttachmentContent(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('attachment')
    .select(['id', 'filename', 'mediaType', 'sizeBytes', 'content'])
    .where('id', '=', params.id)
    .executeTakeFirst()
}
