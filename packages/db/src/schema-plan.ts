import type { PlanElementKey, PlanElementStatus } from '@bt/domain'
import type { ColumnType, Generated, JSONColumnType } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface PlanElementTable {
  regionCode: string
  element: PlanElementKey
  status: PlanElementStatus
  body: string
  version: Generated<number>
  updatedAt: Timestamp
  updatedByLabel: string
  /** The published copy (null until a region editor publishes): what readers outside the region see. */
  publishedVersion: number | null
  publishedStatus: PlanElementStatus | null
  publishedBody: string | null
  publishedAt: Timestamp | null
  publishedByLabel: string | null
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

/** A council's adoption of what its region puts before it (council-adoptions.ts): the columns both kinds share. */
interface AdoptionColumns {
  id: Generated<number>
  municipalityCode: string
  decisionDate: string
  decisionUrl: string
  recordedAt: CreatedAt
  recordedByLabel: string
  confirmedAt: Timestamp | null
  confirmedByLabel: string | null
}

/** A council's adoption of one regiovisie version. */
export interface CouncilAdoptionTable extends AdoptionColumns {
  visionVersionId: number
}

/** One published plan element as a plan revision holds it. */
export interface PlanRevisionElement {
  element: string
  version: number
  status: string
  body: string
}

/** The whole published plan after one publication: what a council adopts (issue 19 item 8). */
export interface PlanRevisionTable {
  id: Generated<number>
  regionCode: string
  /** 1, 2, 3 … per region, one more per publication of an element. */
  number: number
  elements: JSONColumnType<PlanRevisionElement[]>
  publishedAt: Date
  publishedByLabel: string
}

/** A council's adoption of one plan revision; confirmed at once when the municipality's signatory records it. */
export interface PlanAdoptionTable extends AdoptionColumns {
  planRevisionId: number
}

export interface AttachmentTable {
  id: Generated<number>
  regionCode: string
  ownerKind: 'agreement' | 'vision_version'
  ownerId: number
  filename: string
  mediaType: string
  sizeBytes: number
  content: Uint8Array
  createdAt: CreatedAt
  createdByLabel: string
}

/** A region's financial agreement (issue 21): the handreiking's sections as lists in one document. */
export interface FinancialAgreementTable {
  regionCode: string
  content: ColumnType<unknown, string, string>
  version: Generated<number>
  updatedAt: Timestamp
  updatedByLabel: string
  publishedContent: ColumnType<unknown, string | null, string | null>
  publishedVersion: number | null
  publishedAt: Timestamp | null
  publishedByLabel: string | null
}

/** The regional plan's tables (and attachments), part of `DB`. */
export interface PlanTables {
  financialAgreement: FinancialAgreementTable
  attachment: AttachmentTable
  planElement: PlanElementTable
  visionVersion: VisionVersionTable
  councilAdoption: CouncilAdoptionTable
  planRevision: PlanRevisionTable
  planAdoption: PlanAdoptionTable
}
