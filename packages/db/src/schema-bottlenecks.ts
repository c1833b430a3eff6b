import type { BottleneckState, SignalKind } from '@bt/domain'
import type { ColumnType, Generated, JSONColumnType } from 'kysely'

// The steering group's desk (issue 16): signals with their history, the thresholds, and the
// bottleneck register. States and signal kinds are the closed unions of @bt/domain (kinds are typed,
// not checked in the database: each new kind would otherwise need a migration).

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A jsonb value read as T and written as JSON text. */
type Json<T extends object | null> = JSONColumnType<T>

/** A signal computed from the data; open while `closedAt` is null. */
export interface SignalTable {
  id: Generated<number>
  kind: SignalKind
  dedupeKey: string
  regionCode: string | null
  buildingBlock: string
  summary: string
  evidence: Json<Record<string, unknown>>
  links: Json<{ kind: string; ref: string; label: string }[]>
  openedAt: Timestamp
  closedAt: Timestamp | null
  lastComputedAt: Timestamp
}

/** A signal's history: opened, evidence changed, closed. */
export interface SignalEventTable {
  id: Generated<number>
  signalId: number
  event: 'opened' | 'changed' | 'closed'
  evidence: ColumnType<Record<string, unknown> | null, string | null, never>
  occurredAt: ColumnType<Date, Date | string, never>
}

/** The one row of thresholds an analyst sets. */
export interface SignalThresholdsTable {
  id: number
  thresholds: Json<Record<string, unknown>>
  version: Generated<number>
  updatedAt: Timestamp
  updatedByLabel: string
}

/** A bottleneck (knelpunt) in the register; `version` guards concurrent edits. */
export interface BottleneckTable {
  id: Generated<number>
  title: string
  description: string
  buildingBlocks: Json<string[]>
  regionCodes: Json<string[]>
  severity: number
  likelihood: number
  ownerUserId: string | null
  dueDate: string | null
  state: Generated<BottleneckState>
  stateReason: Generated<string>
  agreementIds: Json<number[]>
  indicatorKeys: Json<string[]>
  signalIds: Json<number[]>
  sourceSignalId: number | null
  evidence: ColumnType<Record<string, unknown> | null, string | null, string | null>
  raisedByUserId: string | null
  raisedByLabel: string
  raisedByRegionCode: string | null
  version: Generated<number>
  createdAt: CreatedAt
  updatedAt: Timestamp
  updatedByLabel: string
}

/** One entry of a bottleneck's history. */
export interface BottleneckEventTable {
  id: Generated<number>
  bottleneckId: number
  event: 'created' | 'updated' | 'state_changed'
  fromState: BottleneckState | null
  toState: BottleneckState | null
  reason: Generated<string>
  changes: ColumnType<Record<string, { before: unknown; after: unknown }> | null, string | null, never>
  occurredAt: CreatedAt
  actorUserId: string | null
  actorLabel: string
}

/** A comment on a bottleneck. */
export interface BottleneckCommentTable {
  id: Generated<number>
  bottleneckId: number
  authorUserId: string | null
  authorLabel: string
  body: string
  createdAt: CreatedAt
}

/** The steering desk's tables, part of `DB`. */
export interface BottleneckTables {
  signal: SignalTable
  signalEvent: SignalEventTable
  signalThresholds: SignalThresholdsTable
  bottleneck: BottleneckTable
  bottleneckEvent: BottleneckEventTable
  bottleneckComment: BottleneckCommentTable
}
