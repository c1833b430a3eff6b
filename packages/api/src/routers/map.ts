import { IsoDateSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getRegionShapes } from '../services/map/region-shapes.ts'
import { procedure } from '../trpc.ts'

export const mapRouter = {
  /**
   * The regions' outlines under the indeling valid on `onDate` (default today): geometry only,
   * no figure. Public: boundaries and memberships are reference data.
   */
  shapes: procedure
    .meta({ allow: 'public' })
    .input(z.object({ onDate: IsoDateSchema.optional() }).default({}))
    .query(({ ctx, input }) => getRegionShapes(ctx.db, { onDate: input.onDate ?? ctx.today })),
} satisfies TRPCRouterRecord
