import { sql, type Kysely } from 'kysely'
import type { DB } from '../schema.ts'

/**
 * Count one request of a client in a fixed window and return the window's count including it.
 * One upsert statement: concurrent requests from several portal processes each get their own count
 * (the row lock of `on conflict do update` serialises them), so no limit is passed by a race.
 */
export async function countRateLimitHit(
  db: Kysely<DB>,
  params: { bucket: string; clientKey: string; windowStart: Date },
): Promise<number> {
  const row = await db
    .insertInto('rateLimitHit')
    .values({
      bucket: params.bucket,
      clientKey: params.clientKey,
      windowStart: params.windowStart,
      hits: 1,
    })
    .onConflict((oc) =>
      oc
        .columns(['bucket', 'clientKey', 'windowStart'])
        .doUpdateSet({ hits: sql<number>`rate_limit_hit.hits + 1` }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow()
  return row.hits
}

/** Forget the windows that started before `before` (housekeeping); returns how many rows went. */
export async function deleteRateLimitWindows(
  db: Kysely<DB>,
  params: { before: Date },
): Promise<number> {
  const result = await db
    .deleteFrom('rateLimitHit')
    .where('windowStart', '<', params.before)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
