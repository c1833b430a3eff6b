import type { AgreementStage } from './agreements.ts'

// An agreement's content as it is stored: in the agreement row (the draft) and in every revision
// snapshot (camelCase JSON). Defined once here so the db's table types, the API and the portal
// read the same shape.

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

/** The content's lists of keys (NvO agreements, themes, …), in the order the form and the conflict panel show them. */
export const AGREEMENT_LIST_FIELDS = ['nvoAgreements', 'themes', 'conditions', 'buildingBlocks', 'planElements', 'municipalities'] as const
export type AgreementListField = (typeof AGREEMENT_LIST_FIELDS)[number]

export interface AgreementContent extends Record<AgreementListField, string[]> {
  title: string
  body: string
  partners: Partner[]
  milestones: Milestone[]
  delays: Delay[]
  plannedDate: string | null
  dueDate: string | null
  stage: AgreementStage
  stageReason: string
  explanation: string
}
