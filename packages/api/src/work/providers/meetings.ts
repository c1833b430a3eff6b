import { listDecisions, listMeetings, listOpenActionItemsOf, listRegionSlugs } from '@bt/db'
import { regionsWithDraftAccess } from '@bt/auth'
import { mayReadMeetings } from '../../services/meetings/access.ts'
import type { TaskProvider } from '../types.ts'

const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' })
const RECENT_DECISIONS = 10

function dutchDate(iso: string) {
  return date.format(new Date(`${iso}T00:00:00Z`))
}

/**
 * Meetings on "Mijn werk" (issue 17): for steering members, analysts and advisers the coming meetings;
 * the action items one owns from closed meetings (overdue ones
 * say so), and for a region's users the latest decisions about their regions' bottlenecks.
 */
export const meetingTasks: TaskProvider = async ({ db, actor, today }) => {
  const sections = []
  if (mayReadMeetings(actor)) {
    const planned = (await listMeetings(db)).filter((m) => m.state === 'planned').reverse()
    sections.push({
      key: 'overleggen',
      title: 'Komende overleggen',
      description: 'Stuurgroepoverleggen en Bestuurlijk Overleggen; alle overleggen en de besluitenlijst staan onder Overleggen.',
      items: [
        ...planned.map((m) => ({ label: m.title, href: `/stuurgroep/vergaderingen/${m.id}`, detail: `${dutchDate(m.meetingDate)}, ${Number(m.itemCount ?? 0)} agendapunten` })),
        { label: 'Alle overleggen', href: '/stuurgroep/vergaderingen', detail: null },
        { label: 'Besluitenlijst', href: '/stuurgroep/besluiten', detail: null },
      ],
      emptyText: 'Er is geen overleg gepland.',
    })
  }
  const actions = await listOpenActionItemsOf(db, { userId: actor.userId })
  if (actions.length > 0) {
    sections.push({
      key: 'actiepunten',
      title: 'Mijn actiepunten',
      description: 'Afgesproken in een overleg van de stuurgroep of een Bestuurlijk Overleg.',
      items: actions.map((a) => ({
        label: a.description,
        href: mayReadMeetings(actor) ? `/stuurgroep/vergaderingen/${a.meetingId}#actie-${a.id}` : '/mijn-werk#taak-actiepunten',
        detail: `${a.meetingTitle}; klaar op ${dutchDate(a.dueDate)}${a.dueDate < today ? ' (te laat)' : ''}`,
      })),
      emptyText: 'U heeft geen open actiepunten.',
    })
  }
  const regionCodes = regionsWithDraftAccess(actor)
  if (regionCodes.length > 0) {
    const regions = await listRegionSlugs(db, { codes: regionCodes })
    const decisions = (await Promise.all(regions.map(async (r) => (await listDecisions(db, { regionCode: r.code })).map((d) => ({ ...d, region: r }))))).flat()
    decisions.sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))
    sections.push({
      key: 'besluiten',
      title: 'Besluiten over knelpunten van uw regio',
      description: null,
      items: decisions.slice(0, RECENT_DECISIONS).map((d) => ({
        label: `${d.title}: ${d.decision}`,
        href: `/regio/${d.region.slug}#besluiten`,
        detail: `${d.meetingTitle}, ${dutchDate(d.meetingDate)} (${d.region.name})`,
      })),
      emptyText: 'Er zijn nog geen besluiten over knelpunten van uw regio.',
    })
  }
  return sections
}
