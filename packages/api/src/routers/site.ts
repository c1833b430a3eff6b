import type { TRPCRouterRecord } from '@trpc/server'
import { hasDemoData } from '../demo/seed-demo.ts'
import { procedure } from '../trpc.ts'

export const siteRouter = {
  /**
   * Facts every page shows: whether demo data is present (the banner). A signed-in request's session
   * check read it already, in the same statement (ADR 050); an anonymous request reads it here.
   */
  info: procedure.meta({ allow: 'public' }).query(async ({ ctx }) => ({ hasDemoData: ctx.hasDemoData ?? (await hasDemoData(ctx.db)) })),
} satisfies TRPCRouterRecord
