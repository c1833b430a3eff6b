import { countUnsentMails, listRecentlyPublishedAgreements } from '@bt/db'
import type { TaskProvider } from '../types.ts'

const RECENT = 10
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' })

/**
 * A VNG analyst or steering member: what the regions published lately, nationally. The editions,
 * bottleneck and meetings issues add their own providers beside this one.
 */
export const nationalTasks: TaskProvider = async ({ db, actor }) => {
  if (!actor.grants.some((g) => g.role === 'vng_analyst' || g.role === 'steering_member')) return []
  const published = await listRecentlyPublishedAgreements(db, { limit: RECENT })
  return [
    {
      key: 'recently-published',
      title: 'Recent gepubliceerd in de regio’s',
      description: 'Edities, knelpunten en vergaderingen komen hier bij zodra die onderdelen er zijn.',
      items: published.map((a) => ({
        label: `${a.title} (${a.regionName})`,
        href: `/regio/${a.regionSlug}/afspraken/${a.id}`,
        detail: a.publishedAt ? `Gepubliceerd ${date.format(a.publishedAt)}` : null,
      })),
      emptyText: 'Er is nog niets gepubliceerd.',
    },
  ]
}

/** An administrator: mail that has not gone out yet. */
export const adminTasks: TaskProvider = async ({ db, actor }) => {
  if (!actor.grants.some((g) => g.role === 'admin')) return []
  const { unsent, failed } = await countUnsentMails(db)
  return [
    {
      key: 'outbox',
      title: 'Uitgaande mail',
      description: null,
      items:
        unsent === 0
          ? []
          : [
              {
                label: `${unsent} ${unsent === 1 ? 'mail' : 'mails'} nog niet verzonden${failed > 0 ? `, waarvan ${failed} na een mislukte poging` : ''}`,
                href: '/beheer/uitgaande-mail',
                detail: null,
              },
            ],
      emptyText: 'Alle mail is verzonden.',
    },
  ]
}
