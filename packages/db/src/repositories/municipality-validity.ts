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
