import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'
import type { IndicatorImportRowTable } from '../../schema-indicators.ts'

/** A checked row as staged; rowNumber is the file's row (the header is row 1). */
export type StagedRow = Omit<IndicatorImportRowTable, 'importId'>

/**
 * Rows per staging statement: each batch travels as one JSON parameter and is inserted set-based
 * (json_to_recordset: parsed once per row), its own short statement (PGlite blocks every other query
 * during a transaction). The batches go out together: on PostgreSQL the server inserts one while the
 * next is serialised here (PGlite runs them one by one).
 */
const STAGE_BATCH = 25_000

/** Open a staged import; returns its id. */
export async function insertIndicatorImport(db: Kysely<DB>, params: { createdBy: string | null; createdByLabel: string; filename: string }) {
  const row = await db
    .insertInto('indicatorImport')
    .values({ createdBy: params.createdBy, createdByLabel: params.createdByLabel, filename: params.filename, status: 'staged' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The import with this id, or undefined. */
export async function findIndicatorImport(db: Kysely<DB>, params: { importId: number }) {
  return db
    .selectFrom('indicatorImport')
    .select(['id', 'createdBy', 'status', 'rowCount', 'errorCount', 'filename', 'summary', 'committedAt'])
    .where('id', '=', params.importId)
    .executeTakeFirst()
}

/** Stage checked rows in batches, outside any transaction, and count them on the import; returns the import's staged rows so far. */
export async function stageImportRows(db: Kysely<DB>, params: { importId: number; rows: readonly StagedRow[]; errorCount: number }) {
  const inserts: Promise<unknown>[] = []
  for (let i = 0; i < params.rows.length; i += STAGE_BATCH) {
    const batch = JSON.stringify(
      params.rows.slice(i, i + STAGE_BATCH).map((r) => ({ n: r.rowNumber, k: r.indicatorKey, l: r.areaLevel, c: r.areaCode, p: r.period, e: r.periodEnd, s: r.state, v: r.value, nu: r.numerator, de: r.denominator, src: r.source })),
    )
    inserts.push(
      sql`
        insert into indicator_import_row (import_id, row_number, indicator_key, area_level, area_code, period, period_end, state, value, numerator, denominator, source)
        select ${params.importId}::integer, n, k, l, c, p, e, s, v, nu, de, src
        from json_to_recordset(${batch}::json) as r(n integer, k text, l text, c text, p text, e date, s text, v numeric, nu numeric, de numeric, src text)
      `.execute(db),
    )
  }
  // allSettled: when one insert fails, none is left running unobserved.
  const failed = (await Promise.allSettled(inserts)).find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
  const counted = await db
    .updateTable('indicatorImport')
    .set((eb) => ({
      rowCount: eb('rowCount', '+', params.rows.length),
      errorCount: eb('errorCount', '+', params.errorCount),
    }))
    .where('id', '=', params.importId)
    .returning('rowCount')
    .executeTakeFirst()
  return counted?.rowCount ?? 0
}

/** Refresh the planner's statistics of the staged rows (PGlite has no autovacuum; a large batch changes the picture). */
export async function analyzeStagedRows(db: Kysely<DB>) {
  await sql`analyze indicator_import_row`.execute(db)
}

/** Staged rows from row `from` to row `to` of a file: one batch of a file checked in batches. */
export interface StagedBatch {
  importId: number
  from: number
  to: number
}

/**
 * Cells that appear on more than one row of the staged import, with their row numbers; with `batch`,
 * only the cells its rows name (the earlier batches were checked when they came).
 */
export async function findDuplicateStagedCells(db: Kysely<DB>, params: { importId: number; batch?: Omit<StagedBatch, 'importId'> }) {
  const ofBatch = params.batch
    ? sql`and (indicator_key, area_level, area_code, period) in (select indicator_key, area_level, area_code, period from indicator_import_row
        where import_id = ${params.importId} and row_number between ${params.batch.from} and ${params.batch.to})`
    : sql``
  const result = await sql<{ rowNumbers: number[] }>`
    select array_agg(row_number order by row_number) as row_numbers from indicator_import_row
    where import_id = ${params.importId} ${ofBatch}
    group by indicator_key, area_level, area_code, period having count(*) > 1
    order by min(row_number) limit 20
  `.execute(db)
  return result.rows.map((r) => r.rowNumbers)
}

const SAME_VALUE = (a: string, b: string) =>
  sql.raw(`(${a}.state, ${a}.value, ${a}.numerator, ${a}.denominator, ${a}.source) is not distinct from (${b}.state, ${b}.value, ${b}.numerator, ${b}.denominator, ${b}.source)`)

/** How the staged rows compare with what is stored: new cells, changed cells, unchanged cells. */
export async function classifyStagedRows(db: Kysely<DB>, params: { importId: number }) {
  return countStagedRows(db, params.importId)
}

/** The one counting query: the import's staged rows (or those numbered from..to) against the stored cells. */
async function countStagedRows(db: Kysely<DB>, importId: number, rows?: { from: number; to: number }) {
  const ofRows = rows ? sql`and s.row_number between ${rows.from} and ${rows.to}` : sql``
  const result = await sql<{ added: number; changed: number; unchanged: number }>`
    select
      (count(*) filter (where v.id is null))::integer as added,
      (count(*) filter (where v.id is not null and not ${SAME_VALUE('v', 's')}))::integer as changed,
      (count(*) filter (where v.id is not null and ${SAME_VALUE('v', 's')}))::integer as unchanged
    from indicator_import_row s
    left join indicator_value v using (indicator_key, area_level, area_code, period)
    where s.import_id = ${importId} ${ofRows}
  `.execute(db)
  return result.rows[0] ?? { added: 0, changed: 0, unchanged: 0 }
}

/**
 * classifyStagedRows for one batch, added to the counts of the import's earlier batches: each batch's
 * rows meet the stored cells once (a file in 20 batches no longer compares its first rows 20 times).
 * While an import is staged its summary holds these counts; the commit replaces them with its own.
 * Two statements: the comparison may then run in parallel on PostgreSQL (a data-modifying statement
 * never does: as one UPDATE it took 0.8 s for 100,000 rows instead of 0.13 s).
 */
export async function classifyStagedBatch(db: Kysely<DB>, batch: StagedBatch) {
  const c = await countStagedRows(db, batch.importId, batch)
  const result = await sql<{ added: number; changed: number; unchanged: number }>`
    update indicator_import set summary = jsonb_build_object(
      'added', coalesce((summary ->> 'added')::integer, 0) + ${c.added}::integer,
      'changed', coalesce((summary ->> 'changed')::integer, 0) + ${c.changed}::integer,
      'unchanged', coalesce((summary ->> 'unchanged')::integer, 0) + ${c.unchanged}::integer)
    where id = ${batch.importId}
    returning (summary ->> 'added')::integer as added, (summary ->> 'changed')::integer as changed, (summary ->> 'unchanged')::integer as unchanged
  `.execute(db)
  return result.rows[0] ?? c
}

/** The distinct areas (level and code) of a staged import, for the tenancy check. */
export async function listStagedAreas(db: Kysely<DB>, params: { importId: number }) {
  return db
    .selectFrom('indicatorImportRow')
    .select(['areaLevel', 'areaCode'])
    .distinct()
    .where('importId', '=', params.importId)
    .execute()
}

/**
 * Commit a staged import in one statement: earlier values of cells that change go to the history,
 * new and changed cells are written (version + 1), unchanged cells are left alone. Marks the import
 * committed only when it was still staged, so a double submit writes nothing twice.
 */
export async function commitStagedImport(
  trx: Transaction<DB>,
  params: { importId: number; enteredBy: string | null; enteredByLabel: string },
) {
  const claimed = await trx
    .updateTable('indicatorImport')
    .set({ status: 'committed', committedAt: new Date() })
    .where('id', '=', params.importId)
    .where('status', '=', 'staged')
    .returning('id')
    .executeTakeFirst()
  if (!claimed) return undefined
  // The staged rows meet the stored cells once (a hash join): the changed cells' earlier values go to
  // the history and the cells are updated by id from that one result; new cells are inserted, with
  // ON CONFLICT only for one that a concurrent commit added meanwhile.
  const result = await sql<{ inserted: number; updated: number; total: number }>`
    with staged as (
      select indicator_key, area_level, area_code, period, period_end, state, value, numerator, denominator, source
      from indicator_import_row where import_id = ${params.importId}
    ), diff as materialized (
      select v.id, v.version, v.state as old_state, v.value as old_value, v.numerator as old_numerator, v.denominator as old_denominator,
        v.source as old_source, v.entered_by as old_entered_by, v.entered_by_label as old_entered_by_label, v.entered_at as old_entered_at,
        s.state, s.value, s.numerator, s.denominator, s.source
      from indicator_value v join staged s using (indicator_key, area_level, area_code, period)
      where not ${SAME_VALUE('v', 's')}
    ), replaced as (
      insert into indicator_value_history (value_id, version, state, value, numerator, denominator, source, entered_by, entered_by_label, entered_at)
      select id, version, old_state, old_value, old_numerator, old_denominator, old_source, old_entered_by, old_entered_by_label, old_entered_at from diff
      returning 1
    ), changed as (
      update indicator_value v set
        state = d.state, value = d.value, numerator = d.numerator, denominator = d.denominator, source = d.source,
        entered_by = ${params.enteredBy}, entered_by_label = ${params.enteredByLabel}, entered_at = now(),
        import_id = ${params.importId}::integer, version = v.version + 1, is_demo = false
      from diff d
      where v.id = d.id
      returning 1
    ), added as (
      insert into indicator_value as v (indicator_key, area_level, area_code, period, period_end, state, value, numerator, denominator, source, entered_by, entered_by_label, import_id)
      select indicator_key, area_level, area_code, period, period_end, state, value, numerator, denominator, source,
        ${params.enteredBy}, ${params.enteredByLabel}, ${params.importId}::integer
      from staged s
      where not exists (select 1 from indicator_value x
        where x.indicator_key = s.indicator_key and x.area_level = s.area_level and x.area_code = s.area_code and x.period = s.period)
      on conflict (indicator_key, area_level, area_code, period) do update set
        state = excluded.state, value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
        source = excluded.source, entered_by = excluded.entered_by, entered_by_label = excluded.entered_by_label,
        entered_at = now(), import_id = excluded.import_id, version = v.version + 1, is_demo = false
      where not ${SAME_VALUE('v', 'excluded')}
      returning 1
    )
    select (select count(*) from added)::integer as inserted, (select count(*) from changed)::integer as updated,
      (select count(*) from staged)::integer as total
  `.execute(trx)
  const counts = result.rows[0] ?? { inserted: 0, updated: 0, total: 0 }
  const summary = { ...counts, unchanged: counts.total - counts.inserted - counts.updated }
  await trx.updateTable('indicatorImport').set({ summary: JSON.stringify(summary) }).where('id', '=', params.importId).execute()
  return summary
}

/** Drop the staged rows of an import that was refused or committed (its summary stays). */
export async function clearStagedRows(db: Kysely<DB>, params: { importId: number }) {
  await db.deleteFrom('indicatorImportRow').where('importId', '=', params.importId).execute()
}

/** Mark an import refused (rows with errors) so it can never be committed. */
export async function refuseIndicatorImport(db: Kysely<DB>, params: { importId: number }) {
  await db.updateTable('indicatorImport').set({ status: 'refused' }).where('id', '=', params.importId).where('status', '=', 'staged').execute()
}
