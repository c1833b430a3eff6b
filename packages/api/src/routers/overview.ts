import { listBuildingBlockStatuses } from '@bt/db'
import type { TRPCRouterRecord } from '@trpc/server'
import { procedure } from '../trpc.ts'

export const overviewRouter = {
  /** The latest status of each building block as of today: public, it is national and published. */
  buildingBlocks: procedure.meta({ allow: 'public' }).query(async ({ ctx }) => {
    const statuses = await listBuildingBlockStatuses(ctx.db, { onDate: ctx.today })
    return statuses.map((s) => ({
      buildingBlock: s.buildingBlock,
      asOf: s.asOf,
      explanation: s.explanation,
      implementation: s.implementation,
      subLines: s.subLines,
      source: s.source,
    }))
  }),
} satisfies TRPCRouterRecord
