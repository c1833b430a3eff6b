import {
  AddCommentSchema,
  BulkPublishSchema,
  BulkStageSchema,
  CommitSheetSchema,
  ImportSheetSchema,
  StageSheetSchema,
  RegionSlugSchema,
  CreateAgreementSchema,
  PublishAgreementSchema,
  RecordNumberSchema,
  RecordDelaySchema,
  SetCoAuthorsSchema,
  SetNvoLevelSchema,
  UpdateAgreementSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import {
  createAgreement,
  diffAgreementRevisions,
  getAgreementForReader,
  publishAgreement,
  recordDelay,
  updateAgreement,
} from '../services/agreements/agreements.ts'
import { changeStages, publishAgreements } from '../services/agreements/agreement-bulk.ts'
import { exportAgreementSheet, importAgreementSheet } from '../services/agreements/agreement-sheet.ts'
import { commitSheetImport, recheckSheetImport, stageSheetImport } from '../services/agreements/sheet-staging.ts'
import { addComment, listComments, setNvoLevel } from '../services/agreements/collaboration.ts'
import { agreementReaders, listCoAuthors, setCoAuthors } from '../services/agreements/co-authors.ts'
import { SIMILAR_AGREEMENTS, similarAgreements } from '../services/agreements/similar.ts'
import { procedure } from '../trpc.ts'

const IdSchema = z.object({ id: RecordNumberSchema })
// Region-identifiable records need a login (DESIGN.md visibility); tenancy is checked in the services.
const signedIn = procedure.meta({ allow: 'signed-in' })
const regionEditors = procedure.meta({ allow: ['region_editor'] })

export const agreementRouter = {
  /** One agreement: the draft for the region's own readers, the published revision for others. */
  get: signedIn.input(IdSchema).query(({ ctx, input }) => getAgreementForReader(ctx.db, ctx, input.id)),
  /** Published agreements of other regions most like this one (never a draft of another region). */
  similar: signedIn
    .input(IdSchema.extend({ limit: z.number().int().min(1).max(50).default(SIMILAR_AGREEMENTS) }))
    .query(({ ctx, input }) => similarAgreements(ctx.db, ctx, input)),
  create: regionEditors
    .input(CreateAgreementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => createAgreement(trx, ctx, input))),
  update: regionEditors
    .input(UpdateAgreementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => updateAgreement(trx, ctx, input))),
  recordDelay: regionEditors
    .input(RecordDelaySchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => recordDelay(trx, ctx, input))),
  publish: regionEditors
    .input(PublishAgreementSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => publishAgreement(trx, ctx, input))),
  /** What changed between two revisions (the region's own readers). */
  diff: signedIn
    .input(z.object({ id: RecordNumberSchema, from: RecordNumberSchema, to: RecordNumberSchema }))
    .query(({ ctx, input }) => diffAgreementRevisions(ctx.db, ctx, input)),
  comments: signedIn
    .input(z.object({ agreementId: RecordNumberSchema }))
    .query(({ ctx, input }) => listComments(ctx.db, ctx, input)),
  addComment: procedure
    .meta({ allow: ['region_editor', 'region_viewer', 'vng_adviser'] })
    .input(AddCommentSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addComment(trx, ctx, input))),
  /** Who may be mentioned in the comments or named co-author (the record's readers), for commenters. */
  readers: procedure
    .meta({ allow: ['region_editor', 'region_viewer', 'vng_adviser'] })
    .input(z.object({ agreementId: RecordNumberSchema }))
    .query(({ ctx, input }) => agreementReaders(ctx.db, ctx, input)),
  coAuthors: signedIn
    .input(z.object({ agreementId: RecordNumberSchema }))
    .query(({ ctx, input }) => listCoAuthors(ctx.db, ctx, input)),
  setCoAuthors: regionEditors
    .input(SetCoAuthorsSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setCoAuthors(trx, ctx, input))),
  setNvoLevel: procedure
    .meta({ allow: ['region_editor', 'vng_adviser'] })
    .input(SetNvoLevelSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setNvoLevel(trx, ctx, input))),
  /** The region's working copies as spreadsheet rows (CSV/XLSX are written by the portal). */
  exportSheet: signedIn
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => exportAgreementSheet(ctx.db, ctx, input)),
  /**
   * Check an imported sheet: errors per row and column, and what would change. A sheet without
   * errors is kept for `commitSheet` (no second upload); nothing else is written.
   */
  stageSheet: regionEditors.input(StageSheetSchema).mutation(({ ctx, input }) => stageSheetImport(ctx.db, ctx, input)),
  /** Commit a checked sheet all-or-nothing; refused (nothing lost) when the region's agreements changed since the check. */
  commitSheet: regionEditors
    .input(CommitSheetSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => commitSheetImport(trx, ctx, input))),
  /** Check a kept sheet again against the agreements as they are now (after a conflict); kept anew. */
  recheckSheet: regionEditors.input(CommitSheetSchema).mutation(({ ctx, input }) => recheckSheetImport(ctx.db, ctx, input)),
  /** Import a sheet all-or-nothing in one call (API clients). */
  importSheet: regionEditors
    .input(ImportSheetSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => importAgreementSheet(trx, ctx, input))),
  /** Move a selection of agreements to one stage. */
  changeStages: regionEditors
    .input(BulkStageSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => changeStages(trx, ctx, input))),
  /** Publish a selection of agreements, each at the version the editor saw. */
  publishMany: regionEditors
    .input(BulkPublishSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => publishAgreements(trx, ctx, input))),
} satisfies TRPCRouterRecord
