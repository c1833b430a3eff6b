import type { ColumnType, Generated } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface PlanElementTable {
  regionCode: string
  element: string
  status: string
  body: string
  version: Generated<number>
  updatedAt: Timestamp
  updatedByLabel: string
}

export interface VisionVersionTable {
  id: Generated<number>
  regionCode: string
  /** 1, 2, 3 … per region. */
  number: number
  title: string
  body: string
  documentDate: string
  createdAt: CreatedAt
  createdByLabel: string
}

export interface CouncilAdoptionTable {
  id: Generated<number>
  municipalityCode: string
  visionVersionId: number
  decisionDate: string
  decisionUrl: string
  recordedAt: CreatedAt
  recordedByLabel: string
  confirmedAt: Timestamp | null
  confirmedByLabel: string | null
}

/** The regional plan's tables, part of `DB`. */
export interface PlanTables {
  planElement: PlanElementTable
  visionVersion: VisionVersionTable
  councilAdoption: CouncilAdoptionTable
}
