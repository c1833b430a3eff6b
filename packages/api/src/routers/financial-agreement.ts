import { PublishFinancialAgreementSchema, RegionSlugSchema, SaveFinancialAgreementSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getFinancialAgreement, publishFinancialAgreement, saveFinancialAgreement } from '../services/finance/financial-agreement.ts'
import { financialAgreementDistributions } from '../services/finance/national.ts'
import { procedure } from '../trpc.ts'

// A region's financial agreement (issue 21, ADR 036): region-identifiable, so reading needs login
// (the region's readers see the working copy, others the published one); its editors write; the
// national distributions are public in aggregate.
const regionEditors = procedure.meta({ allow: ['region_editor'] })

export const financialAgreementRouter = {
  get: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => getFinancialAgreement(ctx.db, ctx, input)),
  /** Save one section on the version the editor saw (stale: CONFLICT with the saved document). */
  save: regionEditors
    .input(SaveFinancialAgreementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => saveFinancialAgreement(trx, ctx, input))),
  publish: regionEditors
    .input(PublishFinancialAgreementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => publishFinancialAgreement(trx, ctx, input))),
  /** How many regions chose each option (published agreements); region names for signed-in users only. */
  national: procedure.meta({ allow: 'public' }).query(({ ctx }) => financialAgreementDistributions(ctx.db, ctx)),
} satisfies TRPCRouterRecord
