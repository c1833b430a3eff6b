import type { RouterOutputs } from '@bt/api'

/** A plan element as the plan page shows it: its text rendered on the server. */
export type PlanElementView = RouterOutputs['plan']['get']['elements'][number] & { html: string }
