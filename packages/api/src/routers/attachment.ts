import { RecordNumberSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { downloadAttachment, listRecordAttachments, uploadAttachment } from '../services/agreements/attachments.ts'
import { procedure } from '../trpc.ts'

const OwnerSchema = z.object({ ownerKind: z.enum(['agreement', 'vision_version']), ownerId: RecordNumberSchema })

export const attachmentRouter = {
  /**
   * Upload from the portal's action, which has parsed the multipart body as a stream with the 10 MB
   * limit; the content is checked here by its bytes (server-side callers pass binary input).
   */
  upload: procedure
    .meta({ allow: ['region_editor'] })
    .input(OwnerSchema.extend({ filename: z.string().min(1).max(500), content: z.instanceof(Uint8Array) }))
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => uploadAttachment(trx, ctx, input))),
  list: procedure
    .meta({ allow: 'signed-in' })
    .input(OwnerSchema)
    .query(({ ctx, input }) => listRecordAttachments(ctx.db, ctx, input)),
  download: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ id: RecordNumberSchema }))
    .query(({ ctx, input }) => downloadAttachment(ctx.db, ctx, input)),
} satisfies TRPCRouterRecord
