import { findReferenceText, updateReferenceText as writeReferenceText, type DB, type Transaction } from '@bt/db'
import { DomainError, type UpdateReferenceTextSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { staleEdit } from '../guards.ts'

/** Edit an NvO text when its version still matches (else CONFLICT with the current text). Audited. */
export async function updateReferenceText(
  trx: Transaction<DB>,
  ctx: Pick<Context, 'actor' | 'requestId' | 'now'>,
  input: z.output<typeof UpdateReferenceTextSchema>,
) {
  const before = await findReferenceText(trx, { kind: input.kind, key: input.key })
  if (!before) throw new DomainError('NOT_FOUND', `Tekst ${input.kind}/${input.key} bestaat niet.`)
  const after = await writeReferenceText(trx, { ...input, now: ctx.now })
  if (!after) throw staleEdit('deze tekst', before)
  await audit(trx, ctx, {
    action: 'reference_text.updated',
    entityType: 'reference_text',
    entityId: `${input.kind}/${input.key}`,
    before: { title: before.title, body: before.body },
    after: { title: after.title, body: after.body },
  })
  return after
}
