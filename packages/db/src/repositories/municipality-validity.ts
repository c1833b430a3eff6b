import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../schema.ts'

/** One municipality with its validity period (null: open). */
export async function findMunicipalityValidity(db: Kysely<DB>, params: { code: string }) {
  return db.selectFrom('municipality').select(['code', 'name', 'existsFrom', 'existsUntil']).where('code', '=', params.code).executeTakeFirst()
}

/**
 * Set a municipality's validity only if it still has the period the editor saw; returns the row, or
 * undefined when someone changed it meanwhile (or the code does not exist).
 */
export async function setMunicipalityValidityIfUnchanged(
  trx: Transaction<DB>,
  params: { code: string; existsFrom: string | null; existsUntil: string | null; previous: { existsFrom: string | null; existsUntil: string | null } },
) {
  return trx
    .updateTable('municipality')
    .set({ existsFrom: params.existsFrom, existsUntil: params.existsUntil })
    .where('code', '=', params.code)
    .where(sql<boolean>`exists_from is not distinct from ${params.previous.existsFrom}::date and exists_until is not distinct from ${params.previous.existsUntil}::date`)
    .returning(['code', 'name', 'existsFrom', 'existsUntil'])
    .executeTakeFirst()
}

/** How many stored values a municipality has outside a validity period (they stay, but are named). */
export async function countValuesOutsideValidity(db: Kysely<DB>, params: { code: string; existsFrom: string | null; existsUntil: string | null }) {
  const row = await db
    .selectFrom('indicatorValue')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('areaLevel', '=', 'municipality')
    .where('areaCode', '=', params.code)
    .where((eb) =>
      eb.or([
        ...(params.existsFrom ? [eb('periodEnd', '<', params.existsFrom)] : []),
        ...(params.existsUntil ? [eb('periodEnd', '>=', params.existsUntil)] : []),
        eb.val(false),
      ]),
    )
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** Add a municipality that exists from `existsFrom` (a merger's new code). */
export async function insertMunicipality(
  trx: Transaction<DB>,
  params: { code: string; name: string; province: string; inhabitants: number; inhabitantsReferenceYear: number; existsFrom: string },
) {
  await trx.insertInto('municipality').values(params).execute()
}

/** End municipalities on `existsUntil` (exclusive) where they were still open then; returns the codes ended. */
export async function endMunicipalities(trx: Transaction<DB>, params: { codes: readonly string[]; existsUntil: string }) {
  if (params.codes.length === 0) return []
  const rows = await trx
    .updateTable('municipality')
    .set({ existsUntil: params.existsUntil })
    .where('code', 'in', params.codes)
    .where(sql<boolean>`(exists_until is null or exists_until > ${params.existsUntil}::date) and (exists_from is null or exists_from < ${params.existsUntil}::date)`)
    .returning('code')
    .execute()
  return rows.map((r) => r.code)
}

/** Municipalities by code with name and inhabitants (a merger sums the merged ones'). */
export async function listMunicipalitiesByCode(db: Kysely<DB>, params: { codes: readonly string[] }) {
  if (params.codes.length === 0) return []
  return db.selectFrom('municipality').select(['code', 'name', 'inhabitants', 'inhabitantsReferenceYear']).where('code', 'in', params.codes).execute()
}
