import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'
import type { StagedSheetRows } from '../../schema-agreements.ts'

/** The read tables of a staged agreement sheet (null: the file had no such sheet). */
export interface StagedSheetTables {
  rows: StagedSheetRows
  milestones: StagedSheetRows | null
  delays: StagedSheetRows | null
}

/** Keep a checked sheet for its commit; returns its id. */
export async function insertAgreementSheetImport(
  db: Kysely<DB>,
  params: { regionCode: string; createdBy: string; filename: string; tables: StagedSheetTables; versions: [number, number][]; expiresAt: Date },
) {
  const row = await db
    .insertInto('agreementSheetImport')
    .values({
      regionCode: params.regionCode,
      createdBy: params.createdBy,
      filename: params.filename,
      tables: JSON.stringify(params.tables),
      versions: JSON.stringify(params.versions),
      expiresAt: params.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** A staged sheet by id, or undefined. */
export async function findAgreementSheetImport(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('agreementSheetImport')
    .select(['id', 'regionCode', 'createdBy', 'filename', 'tables', 'versions', 'status', 'expiresAt'])
    .where('id', '=', params.id)
    .executeTakeFirst()
}

/**
 * Claim a staged sheet for its commit: true once, false when it was committed already (a double
 * submit writes nothing twice). The tables are dropped; the row stays until it expires.
 */
export async function claimAgreementSheetImport(trx: Transaction<DB>, params: { id: number; now: Date }) {
  const claimed = await trx
    .updateTable('agreementSheetImport')
    .set({ status: 'committed', committedAt: params.now, tables: JSON.stringify({ rows: [], milestones: null, delays: null }) })
    .where('id', '=', params.id)
    .where('status', '=', 'staged')
    .returning('id')
    .executeTakeFirst()
  return claimed !== undefined
}

/** Delete staged and committed sheets past their expiry (housekeeping; idempotent). */
export async function deleteExpiredAgreementSheetImports(db: Kysely<DB>, params: { now: Date }) {
  const result = await db.deleteFrom('agreementSheetImport').where('expiresAt', '<=', params.now).executeTakeFirst()
  return Number(result.numDeletedRows)
}
