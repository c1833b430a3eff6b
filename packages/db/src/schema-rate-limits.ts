import type { ColumnType } from 'kysely'

/** Requests counted per bucket ('public'), client address and fixed window (migration 2026_11_27_0000). */
export interface RateLimitHitTable {
  bucket: string
  clientKey: string
  windowStart: ColumnType<Date, Date, Date>
  hits: number
}

export interface RateLimitTables {
  rateLimitHit: RateLimitHitTable
}
