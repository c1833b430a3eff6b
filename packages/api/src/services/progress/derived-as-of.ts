import type { Context } from '../../context.ts'

// What a derived figure is as of. Until half-year editions are frozen (issue 14), derived figures are
// computed from today's published records, also on an as-of view of an earlier decision moment; the
// editions issue replaces `liveAsOf` by the last frozen edition before the moment.

/** Said beside every derived figure while it is computed live. */
export const DERIVED_AS_OF_NOTE =
  'Afgeleide cijfers gelden per vandaag: er zijn nog geen bevroren edities, dus een stand per besluitmoment bestaat voor deze cijfers nog niet.'

/** The as-of fields every derived measure carries: the date its records were read and why. */
export function liveAsOf(ctx: Pick<Context, 'today'>) {
  return { asOf: ctx.today, asOfNote: DERIVED_AS_OF_NOTE, basis: 'live' as const }
}
