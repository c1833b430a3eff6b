import type { TRPCRouterRecord } from '@trpc/server'
import { hasDemoData } from '../demo/seed-demo.ts'
import { procedure } from '../trpc.ts'

export const siteRouter = {
  /** Facts every page shows: whether demo data is present (the banner). */
  info: procedure.meta({ allow: 'public' }).query(async ({ ctx }) => ({ hasDemoData: await hasDemoData(ctx.db) })),
} satisfies TRPCRouterRecord
