import {
  AddVisionVersionSchema,
  ConfirmAdoptionSchema,
  ConfirmPlanAdoptionSchema,
  PublishPlanElementSchema,
  RecordAdoptionSchema,
  RecordPlanAdoptionSchema,
  RegionSlugSchema,
  SavePlanElementSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { addVisionVersion, getPlanSummary, getRegionalPlan, savePlanElement } from '../services/plan/regional-plan.ts'
import { confirmAdoption, confirmPlanAdoption, recordAdoption, recordPlanAdoption } from '../services/plan/plan-adoptions.ts'
import { getAgreementTexts } from '../services/plan/agreement-texts.ts'
import { publishPlanElement } from '../services/plan/plan-publication.ts'
import { procedure } from '../trpc.ts'

const regionEditors = procedure.meta({ allow: ['region_editor'] })
const adoptionRecorders = procedure.meta({ allow: ['region_editor', 'municipality_signatory'] })

export const planRouter = {
  /** The six plan elements, the regiovisie versions and the council adoptions (region-identifiable: login). */
  get: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => getRegionalPlan(ctx.db, ctx, input)),
  /** The region page's summary of the plan: elements done, the current regiovisie, its adoption per council (login, as `get`). */
  summary: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => getPlanSummary(ctx.db, ctx, input)),
  /** The agreements' texts, planning, stage and explanation for the uitvoeringsplan's print; drafts only for the region's readers. */
  agreementTexts: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => getAgreementTexts(ctx.db, ctx, input)),
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
  /** A council's adoption of the regiovisie: region editors for any member, a signatory for their own council only. */
  recordAdoption: adoptionRecorders
    .input(RecordAdoptionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => recordAdoption(trx, ctx, input))),
  confirmAdoption: procedure
    .meta({ allow: ['municipality_signatory'] })
    .input(ConfirmAdoptionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => confirmAdoption(trx, ctx, input))),
  /** A council's adoption of the uitvoeringsplan as published (a plan revision), with the same rules (issue 19 item 8). */
  recordPlanAdoption: adoptionRecorders
    .input(RecordPlanAdoptionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => recordPlanAdoption(trx, ctx, input))),
  confirmPlanAdoption: procedure
    .meta({ allow: ['municipality_signatory'] })
    .input(ConfirmPlanAdoptionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => confirmPlanAdoption(trx, ctx, input))),
} satisfies TRPCRouterRecord
