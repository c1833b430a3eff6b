import {
  AddBottleneckCommentSchema,
  BottleneckFilterSchema,
  BottleneckIdSchema,
  ChangeBottleneckStateSchema,
  CreateBottleneckSchema,
  DeskInputSchema,
  RecordNumberSchema,
  SetBottleneckCoAuthorsSchema,
  UpdateBottleneckSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { BOTTLENECK_MANAGERS, BOTTLENECK_RAISERS, REGISTER_READERS, REGISTER_READERS_ALL, raisingRegions } from '../services/bottlenecks/access.ts'
import { addBottleneckComment, changeBottleneckState, createBottleneck, updateBottleneck } from '../services/bottlenecks/changes.ts'
import { getDesk } from '../services/bottlenecks/desk.ts'
import { countBottlenecks, getBottleneck, getBottleneckFormOptions, listRegister } from '../services/bottlenecks/register.ts'
import { requireActor } from '../services/guards.ts'
import { bottleneckReaders, listCoAuthorsOfBottleneck, setBottleneckCoAuthors } from '../services/collaboration/bottleneck-collaboration.ts'
import { procedure } from '../trpc.ts'

// The bottleneck register (issue 16). Steering members, analysts and advisers read all of it; a
// region's editors and viewers read what concerns or was raised by their region (services/bottlenecks/access.ts).

export const bottleneckRouter = {
  /** Anyone: how many bottlenecks per building block and state, nothing identifying. */
  counts: procedure.meta({ allow: 'public' }).query(({ ctx }) => countBottlenecks(ctx.db)),
  /** The register as the caller may see it, filtered. */
  list: procedure
    .meta({ allow: REGISTER_READERS })
    .input(BottleneckFilterSchema)
    .query(({ ctx, input }) => listRegister(ctx.db, ctx, input)),
  /** One bottleneck with history, comments and the state changes the caller may make. */
  get: procedure
    .meta({ allow: REGISTER_READERS })
    .input(BottleneckIdSchema)
    .query(({ ctx, input }) => getBottleneck(ctx.db, ctx, input)),
  /** What the raise and edit forms choose from (a region raises only for its own region). */
  formOptions: procedure
    .meta({ allow: BOTTLENECK_RAISERS })
    .query(({ ctx }) => getBottleneckFormOptions(ctx.db, ctx, raisingRegions(requireActor(ctx)))),
  /** Raise a bottleneck, or promote a signal to one. */
  create: procedure
    .meta({ allow: BOTTLENECK_RAISERS })
    .input(CreateBottleneckSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => createBottleneck(trx, ctx, input))),
  /** Save a bottleneck's fields (owner, due date, …) on the version the editor saw. */
  update: procedure
    .meta({ allow: BOTTLENECK_MANAGERS })
    .input(UpdateBottleneckSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => updateBottleneck(trx, ctx, input))),
  /** Move a bottleneck along the transition table. */
  changeState: procedure
    .meta({ allow: BOTTLENECK_MANAGERS })
    .input(ChangeBottleneckStateSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => changeBottleneckState(trx, ctx, input))),
  /** Comment on a bottleneck the caller can see. */
  addComment: procedure
    .meta({ allow: REGISTER_READERS })
    .input(AddBottleneckCommentSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addBottleneckComment(trx, ctx, input))),
  /** The steering desk: open signals, new and overdue bottlenecks, changes since a date. */
  desk: procedure
    .meta({ allow: REGISTER_READERS_ALL })
    .input(DeskInputSchema)
    .query(({ ctx, input }) => getDesk(ctx.db, ctx, input)),
  /** Who may be mentioned in its comments or named co-author: the bottleneck's readers (issue 17). */
  readers: procedure
    .meta({ allow: REGISTER_READERS })
    .input(z.object({ bottleneckId: RecordNumberSchema }))
    .query(({ ctx, input }) => bottleneckReaders(ctx.db, ctx, input)),
  coAuthors: procedure
    .meta({ allow: REGISTER_READERS })
    .input(z.object({ bottleneckId: RecordNumberSchema }))
    .query(({ ctx, input }) => listCoAuthorsOfBottleneck(ctx.db, ctx, input)),
  /** Managers or whoever raised it; the service checks who. */
  setCoAuthors: procedure
    .meta({ allow: REGISTER_READERS })
    .input(SetBottleneckCoAuthorsSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setBottleneckCoAuthors(trx, ctx, input))),
} satisfies TRPCRouterRecord
