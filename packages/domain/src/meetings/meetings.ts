import { z } from 'zod'
import { IsoDateSchema } from '../dates.ts'
import { RecordNumberSchema, VersionOrZeroSchema } from '../input-limits.ts'
import { postedChoices } from '../checked.ts'

// Meetings of the steering group and Bestuurlijk Overleggen (issue 17): their schemas, outcomes and
// Dutch labels. A BO is the overview's decision moment on the same date (one date, one record).

/** The kinds of meeting: a steering group meeting, or a Bestuurlijk Overleg (a decision moment). */
export const MEETING_KINDS = ['steering', 'bo'] as const
/** One kind of meeting. */
export type MeetingKind = (typeof MEETING_KINDS)[number]
/** Dutch name per kind. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { steering: 'Stuurgroepoverleg', bo: 'Bestuurlijk Overleg' }

/** What became of an agenda item: still open, decided (with a decision text), or deferred. */
export const ITEM_OUTCOMES = ['open', 'decided', 'deferred'] as const
/** One outcome of an agenda item. */
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number]
/** Dutch label per outcome. */
export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = { open: 'Nog niet besproken', decided: 'Besloten', deferred: 'Uitgesteld' }

/** Longest title of a meeting or agenda item, and longest decision or description text. */
export const MEETING_TITLE_MAX = 200
export const MEETING_TEXT_MAX = 5_000

const title = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(3, { error: missing })
    .max(MEETING_TITLE_MAX, { error: `Een titel heeft hoogstens ${MEETING_TITLE_MAX} tekens.` })

const text = (max = MEETING_TEXT_MAX) =>
  z
    .string()
    .trim()
    .max(max, { error: `Een tekst heeft hoogstens ${max.toLocaleString('nl-NL')} tekens.` })
    .default('')

/** A form posts one id, several, or none. */
const userIdList = z.preprocess(
  postedChoices,
  z.array(z.string().min(1).max(40), { error: 'Kies deelnemers uit de lijst.' }).max(100, { error: 'Kies hoogstens 100 deelnemers.' }),
)

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

/** Plan a meeting: its kind, title, date and participants. */
export const CreateMeetingSchema = z.object({
  kind: z.enum(MEETING_KINDS, { error: 'Kies het soort overleg.' }),
  title: title('Geef het overleg een titel van minstens 3 tekens.'),
  meetingDate: IsoDateSchema,
  participantIds: userIdList,
})
export type CreateMeetingInput = z.output<typeof CreateMeetingSchema>

const MeetingRef = { meetingId: RecordNumberSchema, version: VersionOrZeroSchema }

/** Set a planned meeting's participants (the whole list). */
export const SetParticipantsSchema = z.object({ ...MeetingRef, participantIds: userIdList })

/** Put a bottleneck or a free item on the agenda; a free item needs a title. */
export const AddAgendaItemSchema = z
  .object({
    ...MeetingRef,
    bottleneckId: z.preprocess(emptyToNull, RecordNumberSchema.nullable()),
    title: z.string().trim().max(MEETING_TITLE_MAX, { error: `Een titel heeft hoogstens ${MEETING_TITLE_MAX} tekens.` }).default(''),
    description: text(),
  })
  .superRefine((value, ctx) => {
    if (value.bottleneckId === null && value.title.length < 3) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'Kies een knelpunt of geef het agendapunt een titel van minstens 3 tekens.' })
    }
  })

/** Move an agenda item one place up or down. */
export const MoveAgendaItemSchema = z.object({ ...MeetingRef, itemId: RecordNumberSchema, direction: z.enum(['up', 'down'], { error: 'Kies omhoog of omlaag.' }) })

/** Take an item off the agenda of a planned meeting. */
export const RemoveAgendaItemSchema = z.object({ ...MeetingRef, itemId: RecordNumberSchema })

/** Record what became of an item: a decision needs its text; deferring may say why. */
export const RecordOutcomeSchema = z
  .object({
    itemId: RecordNumberSchema,
    version: VersionOrZeroSchema,
    outcome: z.enum(ITEM_OUTCOMES, { error: 'Kies besloten, uitgesteld of nog niet besproken.' }),
    decision: text(),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'decided' && value.decision.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Schrijf op wat er besloten is; een besluit zonder tekst kan niet.' })
    }
  })

/** An action item under an agenda item: what, who and by when. */
export const AddActionItemSchema = z.object({
  itemId: RecordNumberSchema,
  description: z
    .string({ error: 'Beschrijf het actiepunt.' })
    .trim()
    .min(3, { error: 'Beschrijf het actiepunt in minstens 3 tekens.' })
    .max(1_000, { error: 'Een actiepunt heeft hoogstens 1.000 tekens.' }),
  ownerUserId: z.string({ error: 'Kies wie het actiepunt uitvoert.' }).trim().min(1, { error: 'Kies wie het actiepunt uitvoert.' }).max(40),
  dueDate: z.string({ error: 'Kies de datum waarop het actiepunt klaar moet zijn.' }).trim().min(1, { error: 'Kies de datum waarop het actiepunt klaar moet zijn.' }).pipe(IsoDateSchema),
})

/** Close a meeting: its minutes freeze. */
export const CloseMeetingSchema = z.object(MeetingRef)

/** An owner marks an action item done. */
export const MarkActionDoneSchema = z.object({ actionItemId: RecordNumberSchema })

/** The Dutch message for a change to closed minutes. */
export const CLOSED_MINUTES_MESSAGE = 'Dit overleg is gesloten: de notulen liggen vast en kunnen niet meer worden gewijzigd.'
