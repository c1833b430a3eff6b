import {
  AddActionItemSchema,
  AddAgendaItemSchema,
  BuildingBlockKeySchema,
  CloseMeetingSchema,
  CreateMeetingSchema,
  MarkActionDoneSchema,
  MoveAgendaItemSchema,
  RecordNumberSchema,
  RecordOutcomeSchema,
  RegionSlugSchema,
  RemoveAgendaItemSchema,
  SetParticipantsSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { MEETING_MANAGERS, MEETING_READERS } from '../services/meetings/access.ts'
import { addActionItem, addAgendaItem, createMeeting, moveAgendaItem, recordOutcome, removeAgendaItem, setParticipants } from '../services/meetings/changes.ts'
import { closeMeeting, markActionDone } from '../services/meetings/close.ts'
import { decisionCountsByBlock, listAllDecisions, listBlockDecisions, listRegionDecisions } from '../services/meetings/decisions.ts'
import { getMeeting, listMeetingsFor } from '../services/meetings/read.ts'
import { procedure } from '../trpc.ts'

// Meetings, agendas, minutes and decisions (issue 17). Steering members change them; steering
// members, analysts and advisers read them; decisions reach the regions and building blocks.
const readers = procedure.meta({ allow: MEETING_READERS })
const managers = procedure.meta({ allow: MEETING_MANAGERS })

export const meetingRouter = {
  list: readers.query(({ ctx }) => listMeetingsFor(ctx.db, ctx)),
  /** One meeting: participants, the numbered agenda, decisions and action items (agenda and minutes pages). */
  get: readers.input(z.object({ id: RecordNumberSchema })).query(({ ctx, input }) => getMeeting(ctx.db, ctx, input)),
  create: managers.input(CreateMeetingSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => createMeeting(trx, ctx, input))),
  setParticipants: managers
    .input(SetParticipantsSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => setParticipants(trx, ctx, input))),
  addItem: managers.input(AddAgendaItemSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addAgendaItem(trx, ctx, input))),
  moveItem: managers.input(MoveAgendaItemSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => moveAgendaItem(trx, ctx, input))),
  removeItem: managers
    .input(RemoveAgendaItemSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => removeAgendaItem(trx, ctx, input))),
  recordOutcome: managers
    .input(RecordOutcomeSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => recordOutcome(trx, ctx, input))),
  addActionItem: managers
    .input(AddActionItemSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => addActionItem(trx, ctx, input))),
  close: managers.input(CloseMeetingSchema).mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => closeMeeting(trx, ctx, input))),
  /** The owner (or a steering member) marks an action item done; the service checks who. */
  markActionDone: procedure
    .meta({ allow: 'signed-in' })
    .input(MarkActionDoneSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => markActionDone(trx, ctx, input))),
  /** Every decision: the decisions list and its CSV/XLSX. */
  decisions: readers.query(({ ctx }) => listAllDecisions(ctx.db, ctx)),
  /** The decisions about a region's bottlenecks (its page). */
  regionDecisions: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => listRegionDecisions(ctx.db, input)),
  /** A building block's decisions: the list when signed in, the count for anonymous visitors. */
  blockDecisions: procedure
    .meta({ allow: 'public' })
    .input(z.object({ key: BuildingBlockKeySchema }))
    .query(({ ctx, input }) => listBlockDecisions(ctx.db, ctx, input)),
  /** Decisions per building block as counts: public. */
  decisionCounts: procedure.meta({ allow: 'public' }).query(({ ctx }) => decisionCountsByBlock(ctx.db)),
} satisfies TRPCRouterRecord
