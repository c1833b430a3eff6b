import {
  countUnsentMails,
  findRegionByCode,
  listMails,
  findReferenceText,
  listReferenceTexts,
  listRegions,
  renameRegion,
  isUniqueViolation,
} from '@bt/db'
import {
  AuditLogFilterSchema,
  CreateUserSchema,
  MunicipalityCodeSchema,
  DomainError,
  IndelingImportSchema,
  RenameRegionSchema,
  AddMunicipalityMergerSchema,
  SetMunicipalityValiditySchema,
  UpdateReferenceTextSchema,
  UpdateUserSchema,
  regionSlug,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { audit } from '../services/audit.ts'
import { readLogbook } from '../services/audit-log/read.ts'
import { staleEdit } from '../services/guards.ts'
import { importIndeling, planIndelingImport } from '../services/admin/indeling.ts'
import { addMunicipalityMerger, getMunicipality, listMunicipalities, setMunicipalityValidity } from '../services/admin/municipalities.ts'
import { updateReferenceText as saveReferenceText } from '../services/admin/reference-texts.ts'
import { createUser, findUserWithGrants, issuePasswordReset, listUsersWithGrants, updateUser } from '../services/admin/users.ts'
import { procedure } from '../trpc.ts'

const adminOnly = procedure.meta({ allow: ['admin'] })
const UserIdSchema = z.object({ userId: z.string().min(1).max(40) })

export const adminRouter = {
  users: {
    list: adminOnly.query(({ ctx }) => listUsersWithGrants(ctx.db)),
    get: adminOnly.input(UserIdSchema).query(async ({ ctx, input }) => {
      const user = await findUserWithGrants(ctx.db, input)
      if (!user) throw new DomainError('NOT_FOUND', `Gebruiker ${input.userId} bestaat niet.`)
      return user
    }),
    create: adminOnly
      .input(CreateUserSchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => createUser(trx, ctx, input))),
    update: adminOnly
      .input(UpdateUserSchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => updateUser(trx, ctx, input))),
    issuePasswordReset: adminOnly
      .input(UserIdSchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => issuePasswordReset(trx, ctx, input))),
  },

  /** Municipalities' own validity periods (the import checks values against them). */
  municipalities: {
    list: adminOnly.query(({ ctx }) => listMunicipalities(ctx.db)),
    get: adminOnly.input(z.object({ code: MunicipalityCodeSchema })).query(({ ctx, input }) => getMunicipality(ctx.db, input)),
    setValidity: adminOnly
      .input(SetMunicipalityValiditySchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setMunicipalityValidity(trx, ctx, input))),
    /** A merger: the new code from a date, the merged ones ending the day before, and its region. */
    addMerger: adminOnly
      .input(AddMunicipalityMergerSchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addMunicipalityMerger(trx, ctx, input))),
  },

  regions: {
    list: adminOnly.query(({ ctx }) => listRegions(ctx.db, { onDate: ctx.today })),
    rename: adminOnly.input(RenameRegionSchema).mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (trx) => {
        const before = await findRegionByCode(trx, { code: input.code })
        if (!before) throw new DomainError('NOT_FOUND', `Regio ${input.code} bestaat niet.`)
        const slug = regionSlug(input.name)
        if (!slug) {
          throw new DomainError('INVALID', 'De naam moet letters of cijfers bevatten.', {
            fieldErrors: { name: ['De naam moet letters of cijfers bevatten.'] },
          })
        }
        const after = await renameRegion(trx, { ...input, slug, now: ctx.now }).catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error
          throw new DomainError('CONFLICT', 'Een andere regio heeft al een naam met dit webadres.', {
            fieldErrors: { name: ['Een andere regio heeft al een naam met dit webadres.'] },
          })
        })
        if (!after) throw staleEdit('deze regio', before)
        await audit(trx, ctx, {
          action: 'region.renamed',
          entityType: 'region',
          entityId: input.code,
          regionCode: input.code,
          before: { name: before.name, slug: before.slug },
          after: { name: after.name, slug: after.slug },
        })
        return after
      }),
    ),
  },

  referenceTexts: {
    list: adminOnly.query(({ ctx }) => listReferenceTexts(ctx.db)),
    get: adminOnly
      .input(z.object({ kind: UpdateReferenceTextSchema.shape.kind, key: z.string().min(1).max(60) }))
      .query(async ({ ctx, input }) => {
        const text = await findReferenceText(ctx.db, input)
        if (!text) throw new DomainError('NOT_FOUND', `Tekst ${input.kind}/${input.key} bestaat niet.`)
        return text
      }),
    update: adminOnly
      .input(UpdateReferenceTextSchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => saveReferenceText(trx, ctx, input))),
  },

  indeling: {
    /** Check a file and show what would change; writes nothing. */
    preview: adminOnly.input(IndelingImportSchema).mutation(({ ctx, input }) => planIndelingImport(ctx.db, input)),
    /** Import all-or-nothing; refused with row errors when any row is wrong. */
    import: adminOnly
      .input(IndelingImportSchema)
      .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => importIndeling(trx, ctx, input))),
  },

  auditLog: {
    /** One page of the whole log, newest first, filtered; each entry named, linked and with its changes. */
    page: adminOnly.input(AuditLogFilterSchema).query(({ ctx, input }) => readLogbook(ctx.db, input)),
  },

  outbox: {
    /** Outgoing mail: unsent first (waiting for SMTP, or failed and retried), then the latest sent. */
    list: adminOnly.query(async ({ ctx }) => ({
      smtpConfigured: ctx.smtpConfigured ?? false,
      counts: await countUnsentMails(ctx.db),
      mails: await listMails(ctx.db, { limit: 200 }),
    })),
  },
} satisfies TRPCRouterRecord
