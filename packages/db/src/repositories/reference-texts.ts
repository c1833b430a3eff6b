import type { Kysely } from 'kysely'
import type { DB } from '../schema.ts'

type Kind = 'nvo_agreement' | 'nvo_theme' | 'finance_matrix_effect'

/** All NvO agreement and theme texts, in key order per kind. */
export async function listReferenceTexts(db: Kysely<DB>) {
  return db
    .selectFrom('referenceText')
    .select(['kind', 'key', 'title', 'body', 'version', 'updatedAt'])
    .orderBy('kind')
    .orderBy('key')
    .execute()
}

/** One text, or undefined. */
export async function findReferenceText(db: Kysely<DB>, params: { kind: Kind; key: string }) {
  return db
    .selectFrom('referenceText')
    .select(['kind', 'key', 'title', 'body', 'version'])
    .where('kind', '=', params.kind)
    .where('key', '=', params.key)
    .executeTakeFirst()
}

/** Update a text when `version` still matches; undefined when someone changed it first. */
export async function updateReferenceText(
  db: Kysely<DB>,
  params: { kind: Kind; key: string; version: number; title: string; body: string; now: Date },
) {
  return db
    .updateTable('referenceText')
    .set((eb) => ({ title: params.title, body: params.body, updatedAt: params.now, version: eb('version', '+', 1) }))
    .where('kind', '=', params.kind)
    .where('key', '=', params.key)
    .where('version', '=', params.version)
    .returning(['kind', 'key', 'title', 'body', 'version'])
    .executeTakeFirst()
}
