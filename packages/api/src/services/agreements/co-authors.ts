import { findAgreement, listAgreementCoAuthors, replaceAgreementCoAuthors, type DB, type Kysely, type Transaction } from '@bt/db'
import { DomainError, type SetCoAuthorsSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { notifyCoAuthorsAdded, notifyRecordChanged, type RecordRef } from '../../notifications/collaboration-events.ts'
import { audit } from '../audit.ts'
import { regionDraftReaders } from '../collaboration/readers.ts'
import { requireActor, requirePermission } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

async function getAgreementRow(db: Kysely<DB>, agreementId: number) {
  const row = await findAgreement(db, { id: agreementId })
  if (!row) throw new DomainError('NOT_FOUND', `Afspraak ${agreementId} bestaat niet.`)
  return row
}

/** How notifications name an agreement. */
export function agreementRef(row: { id: number; title: string; regionSlug: string }): RecordRef {
  return { label: 'de afspraak', title: row.title, link: `/regio/${row.regionSlug}/afspraken/${row.id}`, key: `agreement:${row.id}` }
}

/**
 * Who may be mentioned in an agreement's comments or named its co-author: the readers of the region's
 * drafts. Comments are the region's internal conversation and co-authors hear of them, so a published
 * agreement keeps the same circle (ADR 021).
 */
export async function agreementReaders(db: Kysely<DB>, ctx: Ctx, input: { agreementId: number }) {
  const row = await getAgreementRow(db, input.agreementId)
  requirePermission(ctx, { action: 'comment', regionCode: row.regionCode })
  const readers = await regionDraftReaders(db, { regionCode: row.regionCode, today: ctx.today })
  return readers.filter((r) => r.id !== ctx.actor?.userId)
}

/** An agreement's co-authors, for the readers of its drafts. */
export async function listCoAuthors(db: Kysely<DB>, ctx: Ctx, input: { agreementId: number }) {
  const row = await getAgreementRow(db, input.agreementId)
  requirePermission(ctx, { action: 'read_drafts', regionCode: row.regionCode })
  return listAgreementCoAuthors(db, input)
}

/** A region editor names the co-authors (the whole list); new ones are told. Audited. */
export async function setCoAuthors(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof SetCoAuthorsSchema>) {
  const row = await getAgreementRow(trx, input.agreementId)
  requirePermission(ctx, { action: 'edit', regionCode: row.regionCode })
  const actor = requireActor(ctx)
  const readers = new Set((await regionDraftReaders(trx, { regionCode: row.regionCode, today: ctx.today })).map((r) => r.id))
  const strangers = input.userIds.filter((id) => !readers.has(id))
  if (strangers.length > 0) {
    const message = 'Alleen wie deze afspraak mag lezen (de gebruikers van de regio en haar VNG-regioadviseur) kan mede-auteur zijn.'
    throw new DomainError('INVALID', message, { fieldErrors: { userIds: [message] } })
  }
  const { added, removed } = await replaceAgreementCoAuthors(trx, { agreementId: row.id, userIds: input.userIds, addedByLabel: actor.name, now: ctx.now })
  if (added.length + removed.length > 0) {
    await audit(trx, ctx, {
      action: 'agreement.co_authors_set',
      entityType: 'agreement',
      entityId: String(row.id),
      regionCode: row.regionCode,
      after: { added, removed },
    })
  }
  await notifyCoAuthorsAdded(trx, { ...ctx, actor }, { record: agreementRef(row), userIds: added })
  return { added: added.length, removed: removed.length }
}

/** The co-authors' user ids (for notifications). */
export async function coAuthorIds(db: Kysely<DB>, agreementId: number) {
  return (await listAgreementCoAuthors(db, { agreementId })).map((c) => c.userId)
}

/** Tell an agreement's co-authors it changed. */
export async function notifyAgreementCoAuthors(
  trx: Transaction<DB>,
  ctx: Ctx,
  params: { agreement: { id: number; title: string; regionSlug: string }; change: string; changeKey: string },
) {
  const actor = requireActor(ctx)
  const userIds = await coAuthorIds(trx, params.agreement.id)
  if (userIds.length === 0) return []
  return notifyRecordChanged(trx, { ...ctx, actor }, { record: agreementRef(params.agreement), change: params.change, changeKey: params.changeKey, userIds })
}
