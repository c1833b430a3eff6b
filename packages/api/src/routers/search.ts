import { SearchAgreementsSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { searchAgreements } from '../services/agreements/search.ts'
import { procedure } from '../trpc.ts'

export const searchRouter = {
  /** Dutch full-text search over agreements: a region's own drafts, or published ones nationally. */
  agreements: procedure
    .meta({ allow: 'signed-in' })
    .input(SearchAgreementsSchema)
    .query(({ ctx, input }) => searchAgreements(ctx.db, ctx, input)),
} satisfies TRPCRouterRecord
