import { findIndicator, insertIndicator, listIndicators, updateIndicatorIfVersion, type DB, type Kysely, type Transaction } from '@bt/db'
import { DomainError, type IndicatorDefinitionSchema, type IndicatorDefinition, type UpdateIndicatorSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { staleEdit } from '../guards.ts'

type Row = NonNullable<Awaited<ReturnType<typeof findIndicator>>>

/** A catalogue entry as the rules and pages use it, with its version for editing. */
export type CatalogueEntry = IndicatorDefinition & { version: number }

/** A catalogue row as a definition. */
export function toDefinition(row: Row): CatalogueEntry {
  return {
    key: row.key,
    label: row.label,
    definition: row.definition,
    unit: row.unit,
    nature: row.nature,
    levels: row.levels,
    periodKinds: row.periodKinds,
    direction: row.direction,
    aggregation: row.aggregation,
    buildingBlocks: row.buildingBlocks,
    origin: row.origin,
    source: row.source,
    licence: row.licence,
    perThousand: row.perThousand,
    ordinalLevels: row.ordinalLevels,
    target: row.targetValue !== null && row.targetDate !== null ? { value: row.targetValue, date: row.targetDate } : null,
    version: row.version,
  }
}

/** The whole catalogue in display order. */
export async function loadCatalogue(db: Kysely<DB>): Promise<CatalogueEntry[]> {
  return (await listIndicators(db)).map(toDefinition)
}

/** One entry; NOT_FOUND when the key is not in the catalogue. */
export async function getCatalogueEntry(db: Kysely<DB>, key: string): Promise<CatalogueEntry> {
  const row = await findIndicator(db, { key })
  if (!row) throw new DomainError('NOT_FOUND', `Indicator ${key} bestaat niet.`)
  return toDefinition(row)
}

/** An analyst adds an indicator (audited); CONFLICT when the key is taken. */
export async function createIndicator(trx: Transaction<DB>, ctx: Pick<Context, 'actor' | 'requestId'>, input: z.output<typeof IndicatorDefinitionSchema>) {
  const created = await insertIndicator(trx, input)
  if (!created) {
    throw new DomainError('INVALID', `De sleutel ${input.key} is al in gebruik.`, { fieldErrors: { key: [`De sleutel ${input.key} is al in gebruik.`] } })
  }
  await audit(trx, ctx, { action: 'indicator.created', entityType: 'indicator', entityId: input.key, after: input })
  return { key: input.key, version: created.version }
}

/** An analyst edits an indicator (audited, optimistic concurrency: a stale edit gets the current entry). */
export async function updateIndicator(trx: Transaction<DB>, ctx: Pick<Context, 'actor' | 'requestId'>, input: z.output<typeof UpdateIndicatorSchema>) {
  const before = await getCatalogueEntry(trx, input.indicator.key)
  const updated = await updateIndicatorIfVersion(trx, { definition: input.indicator, version: input.version })
  if (!updated) throw staleEdit(`indicator ${input.indicator.key}`, before)
  await audit(trx, ctx, { action: 'indicator.updated', entityType: 'indicator', entityId: input.indicator.key, before, after: input.indicator })
  return { key: input.indicator.key, version: updated.version }
}
