import type { RoleKey } from '@bt/domain'
import type { PlanTables } from './schema-plan.ts'
import type { AgreementTables } from './schema-agreements.ts'
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { CalcTables } from './schema-calc.ts'
import type { IndicatorTables } from './schema-indicators.ts'
import type { ProgressTables } from './schema-progress.ts'
import type { NotificationTables } from './schema-notifications.ts'
import type { BottleneckTables } from './schema-bottlenecks.ts'
import type { EditionTables } from './schema-editions.ts'
import type { MeetingTables } from './schema-meetings.ts'
import type { RateLimitTables } from './schema-rate-limits.ts'

/** A timestamptz column: read as Date, written as Date or ISO string, defaulted by the database. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface RegionTable {
  /** The centrumgemeente's CBS code, e.g. GM0193. */
  code: string
  name: string
  slug: string
  version: Generated<number>
  createdAt: CreatedAt
  updatedAt: Timestamp
}

export interface MunicipalityTable {
  code: string
  name: string
  province: string
  inhabitants: number
  inhabitantsReferenceYear: number
  areaKm2: number | null
  /** When the code came into being (a merger), null when always; seeded null for today's 342. */
  existsFrom: ColumnType<string | null, string | null | undefined, string | null>
  /** Exclusive end (the code was merged away), null while it exists. */
  existsUntil: ColumnType<string | null, string | null | undefined, string | null>
}

export interface IndelingVersionTable {
  id: Generated<number>
  /** 'example' marks the voorbeeldindeling shipped with the seed; 'imported' a real one. */
  kind: 'example' | 'imported'
  validFrom: string
  note: string
  importedAt: CreatedAt
  importedBy: string | null
}

export interface RegionMembershipTable {
  id: Generated<number>
  municipalityCode: string
  regionCode: string
  validFrom: string
  /** Exclusive end date; null while the membership holds. */
  validTo: string | null
  indelingVersionId: number
}

export interface ReferenceTextTable {
  kind: 'nvo_agreement' | 'nvo_theme' | 'finance_matrix_effect'
  key: string
  title: string
  body: string
  version: Generated<number>
  updatedAt: Timestamp
}

export interface AuditLogTable {
  id: Generated<number>
  occurredAt: CreatedAt
  actorUserId: string | null
  actorLabel: string
  action: string
  entityType: string
  entityId: string
  regionCode: string | null
  /** JSON snapshots of the entity; written as JSON text. */
  before: ColumnType<object | null, string | null, never>
  after: ColumnType<object | null, string | null, never>
  requestId: string | null
}

export interface AppUserTable {
  id: string
  email: string
  name: string
  passwordHash: string | null
  isActive: Generated<boolean>
  version: Generated<number>
  createdAt: CreatedAt
  updatedAt: Timestamp
  passwordChangedAt: Timestamp | null
}

export interface RoleGrantTable {
  id: Generated<number>
  userId: string
  /** One of the domain's roles (the table's check `role_grant_scope` admits no other). */
  role: RoleKey
  regionCode: string | null
  municipalityCode: string | null
}

export interface SessionTable {
  /** SHA-256 of the session token (hex): the token itself is never stored. */
  id: string
  userId: string
  expiresAt: Timestamp
  createdAt: CreatedAt
}

export interface PasswordLinkTable {
  /** SHA-256 of the one-time link token (hex). */
  id: string
  userId: string
  purpose: 'invite' | 'reset'
  expiresAt: Timestamp
  usedAt: Timestamp | null
  createdBy: string | null
  createdAt: CreatedAt
}

export interface LoginFailureTable {
  id: Generated<number>
  throttleKey: string
  attemptedAt: CreatedAt
}

export interface AppSettingTable {
  key: string
  value: ColumnType<unknown, string, string>
  updatedAt: Timestamp
}

/** The whole database as Kysely sees it (camelCase; CamelCasePlugin maps to snake_case SQL). */
export interface DB
  extends AgreementTables,
    BottleneckTables,
    CalcTables,
    EditionTables,
    IndicatorTables,
    MeetingTables,
    NotificationTables,
    PlanTables,
    ProgressTables,
    RateLimitTables {
  region: RegionTable
  municipality: MunicipalityTable
  indelingVersion: IndelingVersionTable
  regionMembership: RegionMembershipTable
  referenceText: ReferenceTextTable
  auditLog: AuditLogTable
  appUser: AppUserTable
  roleGrant: RoleGrantTable
  session: SessionTable
  passwordLink: PasswordLinkTable
  loginFailure: LoginFailureTable
  appSetting: AppSettingTable
}

export type Region = Selectable<RegionTable>
export type NewRegion = Insertable<RegionTable>
export type RegionUpdate = Updateable<RegionTable>
export type Municipality = Selectable<MunicipalityTable>
export type NewMunicipality = Insertable<MunicipalityTable>
export type NewAuditEntry = Insertable<AuditLogTable>
