import {
  findSignal,
  findSignalThresholds,
  listBottlenecksOfSignal,
  listSignalEvents,
  listSignals,
  reconcileSignals,
  saveSignalThresholdsIfVersion,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import {
  DEFAULT_SIGNAL_THRESHOLDS,
  DomainError,
  SIGNAL_KINDS,
  SignalThresholdsSchema,
  type SignalFilter,
  type SignalKind,
  type SignalThresholds,
} from '@bt/domain'
import { COMPUTED_SIGNAL_KINDS, computeSignals } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { withHrefs } from './links.ts'
import { loadSignalData } from './signal-data.ts'

// Signals (issue 16): computed by the pure functions in @bt/indicators from published records, stored
// with their history. The recompute runs as a job and on demand; the thresholds are an analyst's setting.

/** The thresholds in force: the stored ones (read through the schema), or the defaults. */
export async function getSignalThresholds(db: Kysely<DB>) {
  const row = await findSignalThresholds(db)
  const parsed = row ? SignalThresholdsSchema.safeParse(row.thresholds) : null
  return {
    thresholds: parsed?.success ? parsed.data : DEFAULT_SIGNAL_THRESHOLDS,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    updatedByLabel: row?.updatedByLabel ?? null,
  }
}

/** An analyst saves the thresholds on the version they saw. Audited; the next recompute uses them. */
export async function saveSignalThresholds(
  trx: Transaction<DB>,
  ctx: Pick<Context, 'actor' | 'requestId' | 'now'>,
  input: { thresholds: SignalThresholds; version: number },
) {
  const actor = requireActor(ctx)
  const before = await getSignalThresholds(trx)
  const saved = await saveSignalThresholdsIfVersion(trx, { thresholds: input.thresholds, version: input.version, actorLabel: actor.name, now: ctx.now })
  if (!saved) throw staleEdit('de drempels', before)
  await audit(trx, ctx, { action: 'signal_thresholds.saved', entityType: 'signal_thresholds', entityId: '1', before: before.thresholds, after: input.thresholds })
  return { version: saved.version }
}

/**
 * Recompute every signal on `today`: read the data outside the write, then reconcile in one short
 * transaction (on PGlite an open transaction blocks every other query).
 */
export async function recomputeSignals(db: Kysely<DB>, params: { today: string; now: Date }) {
  const { thresholds } = await getSignalThresholds(db)
  const data = await loadSignalData(db, { today: params.today, thresholds })
  const computed = computeSignals(data)
  return db.transaction().execute((trx) => reconcileSignals(trx, { kinds: COMPUTED_SIGNAL_KINDS, computed, now: params.now }))
}

function toKind(value: string): SignalKind {
  const kind = SIGNAL_KINDS.find((k) => k === value)
  if (!kind) throw new Error(`Unknown signal kind ${value}`)
  return kind
}

/** Signals for the desk and the list: open by default, newest first. */
export async function listSignalsFor(db: Kysely<DB>, filter: SignalFilter) {
  const rows = await listSignals(db, { status: filter.status, kind: filter.kind, limit: 2_000 })
  return rows.map((r) => ({ ...r, kind: toKind(r.kind) }))
}

/** One signal with its evidence, links and history, and the bottlenecks promoted from it. */
export async function getSignal(db: Kysely<DB>, input: { id: number }) {
  const signal = await findSignal(db, input)
  if (!signal) throw new DomainError('NOT_FOUND', `Signaal ${input.id} bestaat niet.`)
  const [events, bottlenecks] = await Promise.all([
    listSignalEvents(db, { signalId: signal.id }),
    listBottlenecksOfSignal(db, { signalId: signal.id }),
  ])
  return { signal: { ...signal, kind: toKind(signal.kind), links: await withHrefs(db, signal.links) }, events, bottlenecks }
}
