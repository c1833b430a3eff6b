import {
  closeMeetingIfVersion,
  insertActionItem,
  insertBottleneck,
  insertMeeting,
  insertMeetingItem,
  recordItemOutcomeIfVersion,
  replaceMeetingParticipants,
  type BottleneckContent,
  type DB,
  type Transaction,
} from '@bt/db'
import type { BuildingBlockKey } from '@bt/domain'
import { moveBottleneck } from '../services/meetings/bottleneck-path.ts'

// Demo meetings (issue 17): one past steering group meeting with decisions and an action item, closed,
// and one coming meeting with an agenda of two bottlenecks and a free item. The bottlenecks they
// discuss are seeded here, raised by Regio Zwolle's editor; two more wait in the register for a
// next agenda. Fictitious, like all demo data.

const DAY_MS = 86_400_000

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

interface DemoBottleneck {
  title: string
  description: string
  buildingBlocks: BuildingBlockKey[]
  regionCodes: string[]
}

const BOTTLENECKS = {
  throughput: {
    title: 'Te weinig doorstroomplekken in Regio Zwolle',
    description: 'Cliënten die klaar zijn voor zelfstandig wonen blijven in beschermd wonen door een tekort aan woningen.',
    buildingBlocks: ['regional_cooperation'],
    regionCodes: ['GM0193'],
  },
  waitingList: {
    title: 'Wachtlijst beschermd wonen loopt op',
    description: 'De wachtlijst groeit in twee regio’s sneller dan de instroom in de prognose.',
    buildingBlocks: ['transition_clients'],
    regionCodes: ['GM0193', 'GM0014'],
  },
  wlz: {
    title: 'Onduidelijke verdeling na de Wlz-uitname',
    description: 'Regio Groningen weet niet welk deel van het budget na de uitname overblijft.',
    buildingBlocks: ['wlz_withdrawal'],
    regionCodes: ['GM0014'],
  },
  housing: {
    title: 'Huisvesting na uitstroom ontbreekt',
    description: 'Corporaties bieden te weinig woningen voor uitstroom uit beschermd wonen.',
    buildingBlocks: ['regional_cooperation'],
    regionCodes: ['GM0193'],
  },
  partners: {
    title: 'Samenwerking met zorgaanbieders stokt',
    description: 'Twee aanbieders doen niet mee aan de regionale inkoop.',
    buildingBlocks: ['national_purchasing'],
    regionCodes: ['GM0193'],
  },
} satisfies Record<string, DemoBottleneck>

async function userId(trx: Transaction<DB>, email: string) {
  const row = await trx.selectFrom('appUser').select(['id', 'name']).where('email', '=', email).executeTakeFirstOrThrow()
  return row
}

/** Seed the demo meetings and the bottlenecks they discuss (inside the demo seed's transaction). */
export async function seedDemoMeetings(trx: Transaction<DB>, now: Date): Promise<void> {
  const editor = await userId(trx, 'redacteur.zwolle@demo.example')
  const steering = await userId(trx, 'stuurgroep@demo.example')
  const analyst = await userId(trx, 'analist@demo.example')
  // The demo's steering member acts through the register's own state changes (history and audit).
  const ctxAt = (at: Date) => ({
    actor: { userId: steering.id, name: steering.name, email: '', grants: [{ role: 'steering_member' as const, regionCode: null, municipalityCode: null }] },
    requestId: 'demo-seed',
    now: at,
    today: isoDate(at),
  })
  const raise = async (b: DemoBottleneck) => {
    const content: BottleneckContent = { ...b, severity: 3, likelihood: 4, ownerUserId: null, dueDate: null, agreementIds: [], indicatorKeys: [] }
    const row = await insertBottleneck(trx, {
      content,
      signalIds: [],
      sourceSignalId: null,
      evidence: null,
      raisedByUserId: editor.id,
      raisedByLabel: editor.name,
      raisedByRegionCode: 'GM0193',
      now: new Date(now.getTime() - 45 * DAY_MS),
    })
    return row.id
  }
  const ids = {
    throughput: await raise(BOTTLENECKS.throughput),
    waitingList: await raise(BOTTLENECKS.waitingList),
    wlz: await raise(BOTTLENECKS.wlz),
    housing: await raise(BOTTLENECKS.housing),
    partners: await raise(BOTTLENECKS.partners),
  }

  const pastDate = new Date(now.getTime() - 30 * DAY_MS)
  const past = await insertMeeting(trx, { kind: 'steering', title: 'Stuurgroep (demo, afgelopen)', meetingDate: isoDate(pastDate), decisionMomentId: null, actorLabel: steering.name, now: pastDate })
  await replaceMeetingParticipants(trx, { meetingId: past, userIds: [steering.id, analyst.id] })
  await moveBottleneck(trx, ctxAt(pastDate), { bottleneckId: ids.throughput, to: 'scheduled', reason: 'Geagendeerd voor de stuurgroep' })
  const decided = await insertMeetingItem(trx, { meetingId: past, bottleneckId: ids.throughput, title: BOTTLENECKS.throughput.title, description: '' })
  await recordItemOutcomeIfVersion(trx, {
    id: decided.id,
    version: 1,
    outcome: 'decided',
    decision: 'Het landelijk expertteam ondersteunt Regio Zwolle bij afspraken met de corporaties over 40 doorstroomwoningen.',
    actorLabel: steering.name,
    now: pastDate,
  })
  await insertActionItem(trx, {
    meetingId: past,
    meetingItemId: decided.id,
    description: 'Expertteam koppelen aan Regio Zwolle',
    ownerUserId: analyst.id,
    dueDate: isoDate(new Date(now.getTime() + 10 * DAY_MS)),
    actorLabel: steering.name,
    now: pastDate,
  })
  const update = await insertMeetingItem(trx, { meetingId: past, bottleneckId: null, title: 'Voortgang van de bouwstenen', description: '' })
  await recordItemOutcomeIfVersion(trx, { id: update.id, version: 1, outcome: 'decided', decision: 'De stuurgroep neemt de voortgangsrapportage voor kennisgeving aan.', actorLabel: steering.name, now: pastDate })
  await moveBottleneck(trx, ctxAt(pastDate), { bottleneckId: ids.throughput, to: 'decided', reason: 'Besloten in Stuurgroep (demo, afgelopen)' })
  await closeMeetingIfVersion(trx, { id: past, version: 1, actorLabel: steering.name, now: pastDate })

  const nextDate = new Date(now.getTime() + 14 * DAY_MS)
  const next = await insertMeeting(trx, { kind: 'steering', title: 'Stuurgroep (demo, komend)', meetingDate: isoDate(nextDate), decisionMomentId: null, actorLabel: steering.name, now })
  await replaceMeetingParticipants(trx, { meetingId: next, userIds: [steering.id, analyst.id] })
  for (const key of ['waitingList', 'wlz'] as const) {
    await moveBottleneck(trx, ctxAt(now), { bottleneckId: ids[key], to: 'scheduled', reason: 'Geagendeerd voor de komende stuurgroep' })
    await insertMeetingItem(trx, { meetingId: next, bottleneckId: ids[key], title: BOTTLENECKS[key].title, description: '' })
  }
  await insertMeetingItem(trx, { meetingId: next, bottleneckId: null, title: 'Rondvraag', description: '' })
}
