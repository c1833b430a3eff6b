import { may } from '@bt/auth'
import { findDecisionMoment, listDecisionMoments, type DB, type Kysely } from '@bt/db'
import { DomainError } from '@bt/domain'
import type { Context } from '../../context.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/** Analysts prepare statuses for a coming BO; everyone else sees a moment once its date has come. */
export function seesPreparedMoments(ctx: Pick<Context, 'actor'>): boolean {
  return may(ctx.actor, { action: 'manage_building_blocks' })
}

/** The last day whose decisions the caller may see: today, or for analysts every prepared moment. */
export function visibleUpTo(ctx: Ctx): string {
  return seesPreparedMoments(ctx) ? '9999-12-31' : ctx.today
}

/** The decision moments the caller may see, each marked as prepared when its date lies ahead. */
export async function listVisibleMoments(db: Kysely<DB>, ctx: Ctx) {
  const moments = await listDecisionMoments(db, { upTo: visibleUpTo(ctx) })
  return moments.map((m) => ({ ...m, prepared: m.momentDate > ctx.today }))
}

/** What a view is as of: a chosen moment (its date), or "now" (today and the latest moment up to it). */
export interface AsOf {
  onDate: string
  moment: { id: number; momentDate: string; label: string } | null
  isNow: boolean
}

/**
 * Resolves the as-of choice. A moment the caller may not see yet (a future BO for a non-analyst)
 * is NOT_FOUND, so its existence does not leak either. `visible` (the caller's moments in date order)
 * saves a query when the caller already has them.
 */
export async function resolveAsOf(db: Kysely<DB>, ctx: Ctx, asOf: number | undefined, visible?: readonly { id: number; momentDate: string; label: string }[]): Promise<AsOf> {
  if (asOf === undefined) {
    const passed = visible ? visible.filter((m) => m.momentDate <= ctx.today) : await listDecisionMoments(db, { upTo: ctx.today })
    const latest = passed.at(-1)
    return { onDate: ctx.today, moment: latest ? { id: latest.id, momentDate: latest.momentDate, label: latest.label } : null, isNow: true }
  }
  const moment = await findDecisionMoment(db, { id: asOf })
  if (!moment || moment.momentDate > visibleUpTo(ctx)) {
    throw new DomainError('NOT_FOUND', `Besluitmoment ${asOf} bestaat niet.`)
  }
  return { onDate: moment.momentDate, moment, isNow: false }
}
