import {
  ApprovePictureSchema,
  BuildingBlockKeySchema,
  ConfirmPictureSchema,
  EditionKeySchema,
  EditionRefSchema,
  FreezeEditionSchema,
  OpenEditionSchema,
  PictureKeySchema,
  RegionSlugSchema,
  ReturnPictureSchema,
  SavePictureSchema,
  SubmitPictureSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { getEditionChanges } from '../services/editions/changes.ts'
import { getEditionPackage } from '../services/editions/package.ts'
import { freezeEdition, openEdition } from '../services/editions/lifecycle.ts'
import { getPicturePreview } from '../services/editions/preview.ts'
import { approvePicture, confirmPicture, returnPicture, savePicture, submitPicture } from '../services/editions/steps.ts'
import { getEditionView, getOpenEditionSummary, getPictureView, listAllEditions } from '../services/editions/views.ts'
import { procedure } from '../trpc.ts'

const analysts = procedure.meta({ allow: ['vng_analyst'] })
const regionEditors = procedure.meta({ allow: ['region_editor'] })
const advisers = procedure.meta({ allow: ['vng_adviser'] })

/** Half-year editions (issue 14, ADR 019): /edities, the overview's change view, "Mijn werk". */
export const editionRouter = {
  /** Every edition with national counts per state (public). */
  list: procedure.meta({ allow: 'public' }).query(({ ctx }) => listAllEditions(ctx.db)),
  /** The open edition's counts, for building block 9 on the overview (public). */
  openSummary: procedure.meta({ allow: 'public' }).query(({ ctx }) => getOpenEditionSummary(ctx.db)),
  /** One edition: counts, aggregates once frozen (public); the regions' progress for those signed in. */
  get: procedure
    .meta({ allow: 'public' })
    .input(EditionRefSchema)
    .query(({ ctx, input }) => getEditionView(ctx.db, ctx, input)),
  /** One region's picture with comments, disputes and history: the region's readers, its adviser, analysts; all signed in once frozen. */
  picture: procedure
    .meta({ allow: 'signed-in' })
    .input(PictureKeySchema)
    .query(({ ctx, input }) => getPictureView(ctx.db, ctx, input)),
  /** The region's picture as it would be taken now, with the consistency findings (its editors). */
  preview: regionEditors.input(PictureKeySchema).query(({ ctx, input }) => getPicturePreview(ctx.db, ctx, input)),
  /** What changed since the previous edition: counts public once frozen, the list for those signed in. */
  changes: procedure
    .meta({ allow: 'public' })
    .input(z.object({ editionKey: EditionKeySchema.optional(), regionSlug: RegionSlugSchema.optional(), buildingBlock: BuildingBlockKeySchema.optional() }))
    .query(({ ctx, input }) => getEditionChanges(ctx.db, ctx, input)),
  /** A frozen edition as one package of tables with definitions (region pictures: signed in). */
  package: procedure
    .meta({ allow: 'signed-in' })
    .input(EditionRefSchema)
    .query(({ ctx, input }) => getEditionPackage(ctx.db, input)),
  open: analysts.input(OpenEditionSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => openEdition(trx, ctx, input))),
  freeze: analysts.input(FreezeEditionSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => freezeEdition(trx, ctx, input))),
  save: regionEditors.input(SavePictureSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => savePicture(trx, ctx, input))),
  submit: regionEditors.input(SubmitPictureSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => submitPicture(trx, ctx, input))),
  confirm: regionEditors.input(ConfirmPictureSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => confirmPicture(trx, ctx, input))),
  return: advisers.input(ReturnPictureSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => returnPicture(trx, ctx, input))),
  approve: advisers.input(ApprovePictureSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => approvePicture(trx, ctx, input))),
} satisfies TRPCRouterRecord
