import { SaveSignalThresholdsSchema, SignalFilterSchema, SignalIdSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { BOTTLENECK_MANAGERS, REGISTER_READERS_ALL } from '../services/bottlenecks/access.ts'
import { getSignal, getSignalThresholds, listSignalsFor, recomputeSignals, saveSignalThresholds } from '../services/bottlenecks/signals.ts'
import { procedure } from '../trpc.ts'

// Signals (issue 16): computed from published records, read nationally (steering members, analysts,
// advisers); recomputed by the hourly job or on demand; thresholds set by analysts.

export const signalRouter = {
  list: procedure
    .meta({ allow: REGISTER_READERS_ALL })
    .input(SignalFilterSchema)
    .query(({ ctx, input }) => listSignalsFor(ctx.db, input)),
  get: procedure
    .meta({ allow: REGISTER_READERS_ALL })
    .input(SignalIdSchema)
    .query(({ ctx, input }) => getSignal(ctx.db, input)),
  /** Recompute every signal now (the job does it hourly). */
  recompute: procedure
    .meta({ allow: BOTTLENECK_MANAGERS })
    .mutation(({ ctx }) => recomputeSignals(ctx.db, { today: ctx.today, now: ctx.now })),
  thresholds: procedure.meta({ allow: REGISTER_READERS_ALL }).query(({ ctx }) => getSignalThresholds(ctx.db)),
  saveThresholds: procedure
    .meta({ allow: ['vng_analyst'] })
    .input(SaveSignalThresholdsSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => saveSignalThresholds(trx, ctx, input))),
} satisfies TRPCRouterRecord
