import type { ColumnType, Generated, JSONColumnType } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A jsonb list of keys (themes, conditions, …): read as an array, written as JSON text. */
type KeyList = JSONColumnType<string[]>

export interface Partner {
  name: string
  kind: string
}
export interface Milestone {
  date: string
  label: string
}
/** A delay recorded on top of the stage; the dates before it stay in the list. */
export interface Delay {
  reason: string
  previousDate: string | null
  newDate: string
  recordedAt: string
  recordedBy: string
}

export interface AgreementTable {
  id: Generated<number>
  regionCode: string
  title: string
  body: string
  nvoAgreements: KeyList
  themes: KeyList
  conditions: KeyList
  buildingBlocks: KeyList
  planElements: KeyList
  municipalities: KeyList
  partners: JSONColumnType<Partner[]>
  milestones: JSONColumnType<Milestone[]>
  delays: JSONColumnType<Delay[]>
  plannedDate: string | null
  dueDate: string | null
  stage: string
  stageReason: string
  explanation: string
  version: Generated<number>
  publishedRevision: number | null
  publishedAt: Timestamp | null
  createdAt: CreatedAt
  updatedAt: Timestamp
  updatedByLabel: string
}

export interface AgreementRevisionTable {
  agreementId: number
  revision: number
  snapshot: JSONColumnType<Record<string, unknown>>
  createdAt: CreatedAt
  authorUserId: string | null
  authorLabel: string
}

export interface AgreementCommentTable {
  id: Generated<number>
  agreementId: number
  parentId: number | null
  authorUserId: string | null
  authorLabel: string
  body: string
  createdAt: CreatedAt
}

export interface NvoLevelTable {
  regionCode: string
  nvoAgreement: string
  level: number
  explanation: string
  version: Generated<number>
  updatedAt: Timestamp
  updatedByLabel: string
}

export interface NvoLevelHistoryTable {
  id: Generated<number>
  regionCode: string
  nvoAgreement: string
  level: number
  explanation: string
  changedAt: CreatedAt
  changedByLabel: string
}

/** The agreement tables, part of `DB`. */
export interface AgreementTables {
  agreement: AgreementTable
  agreementRevision: AgreementRevisionTable
  agreementComment: AgreementCommentTable
  nvoLevel: NvoLevelTable
  nvoLevelHistory: NvoLevelHistoryTable
}
