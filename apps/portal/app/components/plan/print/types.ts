import type { RouterOutputs } from '@bt/api'

type Plan = RouterOutputs['plan']['get']
type Overview = RouterOutputs['region']['agreements']

/** An agreement as the print lists it. */
export type PrintAgreement = Pick<Overview['agreements'][number], 'id' | 'title' | 'stage' | 'conditions' | 'dueDate' | 'planningStatus'> & {
  delayed: boolean
}

/** A plan element with its text rendered on the server. */
export type PrintElement = Pick<Plan['elements'][number], 'element' | 'status' | 'agreements'> & { html: string }

export type PrintConditionTotal = Overview['matrix']['conditions'][number]
export type PrintLevel = Pick<Overview['levels'][number], 'nvoAgreement' | 'level' | 'explanation'>
export type PrintDelay = Pick<Overview['planning']['delayed'][number], 'id' | 'title' | 'delays'>
export type PrintCouncil = Plan['councils'][number]
export type PrintVersion = Pick<NonNullable<Plan['currentVersion']>, 'number' | 'title' | 'documentDate'>
