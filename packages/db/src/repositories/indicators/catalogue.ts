import type { IndicatorDefinition } from '@bt/domain'
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

const COLUMNS = [
  'key',
  'label',
  'definition',
  'unit',
  'nature',
  'levels',
  'periodKinds',
  'direction',
  'aggregation',
  'buildingBlocks',
  'origin',
  'source',
  'licence',
  'perThousand',
  'ordinalLevels',
  'targetValue',
  'targetDate',
  'version',
  'updatedAt',
] as const

/** Every catalogue entry in display order. */
export async function listIndicators(db: Kysely<DB>) {
  return db.selectFrom('indicator').select(COLUMNS).orderBy('position').orderBy('key').execute()
}

/** One catalogue entry, or undefined. */
export async function findIndicator(db: Kysely<DB>, params: { key: string }) {
  return db.selectFrom('indicator').select(COLUMNS).where('key', '=', params.key).executeTakeFirst()
}

function toRow(d: IndicatorDefinition) {
  return {
    label: d.label,
    definition: d.definition,
    unit: d.unit,
    nature: d.nature,
    levels: JSON.stringify(d.levels),
    periodKinds: JSON.stringify(d.periodKinds),
    direction: d.direction,
    aggregation: d.aggregation,
    buildingBlocks: JSON.stringify(d.buildingBlocks),
    origin: d.origin,
    source: d.source,
    licence: d.licence,
    perThousand: d.perThousand,
    ordinalLevels: JSON.stringify(d.ordinalLevels),
    targetValue: d.target?.value ?? null,
    targetDate: d.target?.date ?? null,
  }
}

/** Add an entry at the end of the catalogue; returns its version. */
export async function insertIndicator(trx: Transaction<DB>, definition: IndicatorDefinition) {
  return trx
    .insertInto('indicator')
    .values({ key: definition.key, ...toRow(definition), position: 10_000 })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('version')
    .executeTakeFirst()
}

/** Update an entry if it is still at version; undefined when someone changed it first (optimistic concurrency). */
export async function updateIndicatorIfVersion(trx: Transaction<DB>, params: { definition: IndicatorDefinition; version: number }) {
  return trx
    .updateTable('indicator')
    .set((eb) => ({ ...toRow(params.definition), version: eb('version', '+', 1), updatedAt: new Date() }))
    .where('key', '=', params.definition.key)
    .where('version', '=', params.version)
    .returning('version')
    .executeTakeFirst()
}

/** The labels of the catalogue entries with these keys (unknown keys are left out). */
export async function listIndicatorLabels(db: Kysely<DB>, params: { keys: readonly string[] }) {
  if (params.keys.length === 0) return []
  return db.selectFrom('indicator').select(['key', 'label']).where('key', 'in', params.keys).execute()
}
