import {
  AddVisionVersionSchema,
  ConfirmAdoptionSchema,
  PublishPlanElementSchema,
  RecordAdoptionSchema,
  RegionSlugSchema,
  SavePlanElementSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { addVisionVersion, confirmAdoption, getRegionalPlan, recordAdoption, savePlanElement } from '../services/plan/regional-plan.ts'
import { publishPlanElement } from '../services/plan/plan-publication.ts'
import { procedure } from '../trpc.ts'

const regionEditors = procedure.meta({ allow: ['region_editor'] })

export const planRouter = {
  /** The six plan elements, the regiovisie versions and the council adoptions (region-identifiable: login). */
  get: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => getRegionalPlan(ctx.db, ctx, input)),
  saveElement: regionEditors
    .input(SavePlanElementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => savePlanElement(trx, ctx, input))),
  /** Publish an element's working copy: from then on readers outside the region see it (ADR 005). */
  publishElement: regionEditors
    .input(PublishPlanElementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => publishPlanElement(trx, ctx, input))),
  addVisionVersion: regionEditors
    .input(AddVisionVersionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addVisionVersion(trx, ctx, input))),
  recordAdoption: regionEditors
    .input(RecordAdoptionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => recordAdoption(trx, ctx, input))),
  confirmAdoption: procedure
    .meta({ allow: ['municipality_signatory'] })
    .input(ConfirmAdoptionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => confirmAdoption(trx, ctx, input))),
} satisfies TRPCRouterRecord
