import {
  AddActionItemSchema,
  AddAgendaItemSchema,
  CloseMeetingSchema,
  MarkActionDoneSchema,
  MoveAgendaItemSchema,
  RecordOutcomeSchema,
  RemoveAgendaItemSchema,
  SetParticipantsSchema,
} from '@bt/domain'
import { z } from 'zod'
import type { ApiCaller } from './api.server.ts'
import { parseValues } from './forms.server.ts'

const IntentSchema = z.object({
  intent: z.enum(['deelnemers', 'agendapunt', 'omhoog', 'omlaag', 'verwijderen', 'besluit', 'actiepunt', 'sluiten', 'afgerond'], { error: 'Onbekende actie.' }),
})

/** What a successful post says on the page after the redirect, and where it lands. */
const DONE: Record<z.output<typeof IntentSchema>['intent'], { notice: string; anchor: string }> = {
  deelnemers: { notice: 'deelnemers', anchor: 'deelnemers' },
  agendapunt: { notice: 'agendapunt', anchor: 'agenda' },
  omhoog: { notice: 'volgorde', anchor: 'agenda' },
  omlaag: { notice: 'volgorde', anchor: 'agenda' },
  verwijderen: { notice: 'verwijderd', anchor: 'agenda' },
  besluit: { notice: 'besluit', anchor: 'agenda' },
  actiepunt: { notice: 'actiepunt', anchor: 'agenda' },
  sluiten: { notice: 'gesloten', anchor: 'agenda' },
  afgerond: { notice: 'afgerond', anchor: 'agenda' },
}

/**
 * Run one of the meeting page's forms through the API (each with its domain schema, so the page
 * works without JavaScript); returns the address to redirect to. Bad input throws for `formAction`.
 */
export async function runMeetingIntent(api: ApiCaller, meetingId: number, values: Record<string, unknown>): Promise<string> {
  const { intent } = parseValues(values, IntentSchema)
  const withMeeting = { ...values, meetingId }
  if (intent === 'deelnemers') await api.meeting.setParticipants(parseValues(withMeeting, SetParticipantsSchema))
  else if (intent === 'agendapunt') await api.meeting.addItem(parseValues(withMeeting, AddAgendaItemSchema))
  else if (intent === 'omhoog' || intent === 'omlaag') {
    await api.meeting.moveItem(parseValues({ ...withMeeting, direction: intent === 'omhoog' ? 'up' : 'down' }, MoveAgendaItemSchema))
  } else if (intent === 'verwijderen') await api.meeting.removeItem(parseValues(withMeeting, RemoveAgendaItemSchema))
  else if (intent === 'besluit') await api.meeting.recordOutcome(parseValues(values, RecordOutcomeSchema))
  else if (intent === 'actiepunt') await api.meeting.addActionItem(parseValues(values, AddActionItemSchema))
  else if (intent === 'sluiten') await api.meeting.close(parseValues(withMeeting, CloseMeetingSchema))
  else await api.meeting.markActionDone(parseValues(values, MarkActionDoneSchema))
  const done = DONE[intent]
  return `/stuurgroep/vergaderingen/${meetingId}?melding=${done.notice}#${done.anchor}`
}
