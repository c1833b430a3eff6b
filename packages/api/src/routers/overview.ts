import {
  AddDecisionMomentSchema,
  AsOfSchema,
  BuildingBlockNumberSchema,
  SetBlockTextSchema,
  SetSubLineStatusSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { addDecisionMoment, setBlockText, setSubLineStatus } from '../services/progress/changes.ts'
import { listVisibleMoments, seesPreparedMoments } from '../services/progress/moments.ts'
import { getBuildingBlockStatus, getOverview } from '../services/progress/status.ts'
import { procedure } from '../trpc.ts'

const analysts = procedure.meta({ allow: ['vng_analyst'] })

export const overviewRouter = {
  /** Every block's statuses, texts and status trend as of a decision moment or now, with derived headline figures. */
  buildingBlocks: procedure
    .meta({ allow: 'public' })
    .input(AsOfSchema.optional())
    .query(({ ctx, input }) => getOverview(ctx.db, ctx, { asOf: input?.asOf, edition: input?.edition })),
  /** One block's picture as of a moment, with the timeline of every published change. */
  buildingBlock: procedure
    .meta({ allow: 'public' })
    .input(AsOfSchema.extend({ number: BuildingBlockNumberSchema }))
    .query(({ ctx, input }) => getBuildingBlockStatus(ctx.db, ctx, input)),
  /** The decision moments the caller may see (analysts also the prepared ones), and whether they may add one. */
  moments: procedure
    .meta({ allow: 'public' })
    .query(async ({ ctx }) => ({ moments: await listVisibleMoments(ctx.db, ctx), canManage: seesPreparedMoments(ctx) })),
  addMoment: analysts
    .input(AddDecisionMomentSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addDecisionMoment(trx, ctx, input))),
  setSubLineStatus: analysts
    .input(SetSubLineStatusSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setSubLineStatus(trx, ctx, input))),
  setBlockText: analysts
    .input(SetBlockTextSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setBlockText(trx, ctx, input))),
} satisfies TRPCRouterRecord
