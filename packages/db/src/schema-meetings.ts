import type { ColumnType, Generated } from 'kysely'

// Meetings, agendas, decisions and action items (issue 17). Closed meetings are frozen by a trigger.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface MeetingTable {
  id: Generated<number>
  kind: 'steering' | 'bo'
  title: string
  meetingDate: string
  /** Set for a BO: the overview's decision moment it is. */
  decisionMomentId: number | null
  state: Generated<'planned' | 'closed'>
  version: Generated<number>
  createdAt: CreatedAt
  createdByLabel: string
  updatedAt: Timestamp
  updatedByLabel: string
  closedAt: Timestamp | null
  closedByLabel: string | null
}

export interface MeetingParticipantTable {
  meetingId: number
  userId: string
}

export interface MeetingItemTable {
  id: Generated<number>
  meetingId: number
  position: number
  bottleneckId: number | null
  title: string
  description: Generated<string>
  outcome: Generated<'open' | 'decided' | 'deferred'>
  decision: Generated<string>
  decidedAt: Timestamp | null
  decidedByLabel: string | null
  version: Generated<number>
}

export interface MeetingActionItemTable {
  id: Generated<number>
  meetingId: number
  meetingItemId: number
  description: string
  ownerUserId: string
  dueDate: string
  doneAt: Timestamp | null
  createdAt: CreatedAt
  createdByLabel: string
}

/** A co-author of a bottleneck (issue 17; beside the register's own tables). */
export interface BottleneckCoAuthorTable {
  bottleneckId: number
  userId: string
  addedAt: CreatedAt
  addedByLabel: string
}

/** The meeting tables, part of `DB`. */
export interface MeetingTables {
  bottleneckCoAuthor: BottleneckCoAuthorTable
  meeting: MeetingTable
  meetingParticipant: MeetingParticipantTable
  meetingItem: MeetingItemTable
  meetingActionItem: MeetingActionItemTable
}
