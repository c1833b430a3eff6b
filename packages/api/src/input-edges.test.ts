import { INT4_MAX, NUL_CHARACTER_MESSAGE } from '@bt/domain'
import { TRPCError } from '@trpc/server'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INTERNAL_ERROR_MESSAGE, toTRPCError } from './errors.ts'
import { createApiTest } from './testing.ts'

// Issue 11 item 5: bad input is refused at the schema edge (400 with a Dutch message) before it can
// fail in PostgreSQL, and a database error's text never reaches a client.
let t: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  t = await createApiTest()
})
afterAll(() => t.close())

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TRPCError)
  return error as TRPCError
}

const TOO_LARGE = INT4_MAX + 1

describe('input at the schema edge', () => {
  it('refuses ids, versions and revisions beyond int4 as bad requests', async () => {
    const editor = t.callerAs('region_editor')
    const calls = [
      editor.agreement.get({ id: TOO_LARGE }),
      editor.agreement.diff({ id: 1, from: 1, to: TOO_LARGE }),
      editor.agreement.publish({ id: 1, version: TOO_LARGE }),
      editor.attachment.list({ ownerKind: 'agreement', ownerId: TOO_LARGE }),
      editor.agreement.addComment({ agreementId: 1, parentId: TOO_LARGE, body: 'Een reactie' }),
    ]
    for (const call of calls) expect((await errorOf(call)).code).toBe('BAD_REQUEST')
  })

  it('refuses a NUL character in any text with a Dutch field message', async () => {
    const editor = t.callerAs('region_editor')
    const error = await errorOf(editor.search.agreements({ query: 'zorg\u0000' }))
    expect(error.code).toBe('BAD_REQUEST')
    expect(error.message).toBe(NUL_CHARACTER_MESSAGE)
    const nested = await errorOf(
      editor.agreement.create({ regionSlug: 'zwolle', fields: { title: 'Titel\u0000', body: '' } as never }),
    )
    expect(nested.code).toBe('BAD_REQUEST')
  })
})

describe('internal errors', () => {
  it('send one Dutch message, never the database text', async () => {
    const dbError = await sql`select 1 / 0`.execute(t.db).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(String(dbError)).toMatch(/division by zero/)
    const mapped = toTRPCError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: dbError }))
    expect(mapped.code).toBe('INTERNAL_SERVER_ERROR')
    expect(mapped.message).toBe(INTERNAL_ERROR_MESSAGE)
  })
})
