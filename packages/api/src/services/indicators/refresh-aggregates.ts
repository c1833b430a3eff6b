import { findIndicator, listIndicatorsWithStaleAggregates, type DB, type Kysely } from '@bt/db'
import { toDefinition } from './catalogue.ts'
import { rollUpPeriods } from './series.ts'

/**
 * Recompute every stale stored aggregate (ADR 017, ADR 030): the job that runs after writes, so the
 * first reader after a large import reads stored rows instead of paying the recomputation. Safe beside
 * readers and other workers: each stores only rows whose stamp did not move since it read them.
 * Returns the indicators it refreshed.
 */
export async function refreshStaleAggregates(db: Kysely<DB>): Promise<{ refreshed: string[] }> {
  const keys = await listIndicatorsWithStaleAggregates(db)
  const refreshed: string[] = []
  for (const key of keys) {
    const row = await findIndicator(db, { key })
    if (!row) continue
    // The national series reads every period and recomputes the stale ones (the region figures included).
    await rollUpPeriods(db, toDefinition(row), { regions: 'none' })
    refreshed.push(key)
  }
  return { refreshed }
}
