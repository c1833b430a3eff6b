import type { ConsistencyFinding, EditionPicture, EditionRegionState, EditionState, PictureChange } from '@bt/domain'
import type { ColumnType, Generated } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

/** A half-year edition ('2026-H1'); frozen editions are refused any change by a trigger. */
export interface EditionTable {
  id: Generated<number>
  key: string
  label: string
  referenceDate: string
  windowOpens: string
  windowCloses: string
  dueDate: string
  bandPeriods: Generated<number>
  bandMadFactor: Generated<number>
  state: Generated<EditionState>
  openedAt: CreatedAt
  openedByLabel: string
  frozenAt: Timestamp | null
  frozenByLabel: string | null
  version: Generated<number>
}

/** One explanation of a consistency finding. */
export interface ExplanationEntry {
  findingKey: string
  text: string
}

/** One region's picture in an edition: its state and, once submitted, the snapshot. */
export interface EditionRegionTable {
  editionId: number
  regionCode: string
  state: Generated<EditionRegionState>
  picture: ColumnType<EditionPicture | null, string | null | undefined, string | null>
  pictureTakenAt: Timestamp | null
  /**
   * The region's explanation per consistency finding, stored as a list: finding keys are snake_case
   * and the CamelCasePlugin would rename them as object keys. The repository reads it as a record.
   */
  explanations: ColumnType<ExplanationEntry[], string | undefined, string>
  findings: ColumnType<ConsistencyFinding[], string | undefined, string>
  reviewRound: Generated<number>
  lastActivityAt: Timestamp | null
  lastActivityByLabel: string | null
  version: Generated<number>
}

/** The adviser's comment on one item of a picture, in one review round. */
export interface EditionReviewCommentTable {
  id: Generated<number>
  editionId: number
  regionCode: string
  reviewRound: number
  itemKey: string
  body: string
  authorUserId: string | null
  authorLabel: string
  createdAt: CreatedAt
}

/** An item of its picture the region does not accept, with its reason; shown beside the picture. */
export interface EditionDisputeTable {
  id: Generated<number>
  editionId: number
  regionCode: string
  itemKey: string
  itemLabel: string
  reason: string
  authorUserId: string | null
  authorLabel: string
  createdAt: CreatedAt
}

/** One state change of a region's picture. */
export interface EditionEventTable {
  id: Generated<number>
  editionId: number
  regionCode: string
  action: string
  fromState: EditionRegionState
  toState: EditionRegionState
  at: CreatedAt
  byUserId: string | null
  byLabel: string
}

/** A frozen edition's changes for one region, computed once from the pictures (ADR 044). */
export interface EditionRegionChangeTable {
  editionId: number
  regionCode: string
  comparedWithEditionId: number | null
  changes: ColumnType<PictureChange[], string, string>
  rulesVersion: number
}

/** The edition tables, part of `DB`. */
export interface EditionTables {
  edition: EditionTable
  editionRegion: EditionRegionTable
  editionReviewComment: EditionReviewCommentTable
  editionDispute: EditionDisputeTable
  editionEvent: EditionEventTable
  editionRegionChange: EditionRegionChangeTable
}

