import type { StatusKey } from '@bt/domain'
import type { ColumnType, Generated } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>

/** A decision moment: the date of a Bestuurlijk Overleg at which statuses are decided. */
export interface DecisionMomentTable {
  id: Generated<number>
  momentDate: string
  label: string
  createdAt: CreatedAt
  createdByLabel: string
}

/** A building block's row: the version that guards concurrent edits of its texts. */
export interface BuildingBlockTable {
  key: string
  version: Generated<number>
}

/** One product sub-line of a building block. */
export interface SubLineTable {
  id: Generated<number>
  buildingBlock: string
  key: string
  label: string
  position: number
  version: Generated<number>
}

/** One status change of a sub-line, decided at a moment; never updated, the latest per moment counts. */
export interface SubLineStatusTable {
  id: Generated<number>
  subLineId: number
  decisionMomentId: number
  status: StatusKey
  note: string
  plannedDate: string | null
  recordedAt: CreatedAt
  recordedByLabel: string
}

/** A building block's explanation and implementation text as set for a moment. */
export interface BuildingBlockTextTable {
  id: Generated<number>
  buildingBlock: string
  decisionMomentId: number
  explanation: string
  implementation: string
  note: string
  recordedAt: CreatedAt
  recordedByLabel: string
}

/** The building-block progress tables, part of `DB`. */
export interface ProgressTables {
  decisionMoment: DecisionMomentTable
  buildingBlock: BuildingBlockTable
  subLine: SubLineTable
  subLineStatus: SubLineStatusTable
  buildingBlockText: BuildingBlockTextTable
}
