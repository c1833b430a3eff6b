import { countOpenSignals, listBottlenecks } from '@bt/db'
import { BOTTLENECK_STATE_LABELS, OPEN_BOTTLENECK_STATES } from '@bt/domain'
import type { TaskProvider } from '../types.ts'

/**
 * A steering member (issue 16): the bottlenecks they own that are still open (overdue first), the
 * newly reported ones that wait to be taken up, and how many signals are open on the desk.
 */
export const steeringTasks: TaskProvider = async ({ db, actor, today }) => {
  if (!actor.grants.some((g) => g.role === 'steering_member')) return []
  const [register, signals] = await Promise.all([listBottlenecks(db, { scope: { all: true }, filter: {} }), countOpenSignals(db)])
  const open = register.filter((b) => OPEN_BOTTLENECK_STATES.includes(b.state))
  const mine = open
    .filter((b) => b.ownerUserId === actor.userId)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
  const reported = open.filter((b) => b.state === 'reported')
  const openSignals = signals.reduce((sum, s) => sum + Number(s.count), 0)
  return [
    {
      key: 'steering-desk',
      title: 'Stuurgroep: knelpunten en signalen',
      description: `${openSignals} open signalen op de stuurgroeptafel.`,
      items: [
        ...mine.map((b) => ({
          label: `${b.title} (eigenaar: u)`,
          href: `/stuurgroep/knelpunten/${b.id}`,
          detail: b.dueDate ? `${b.dueDate < today ? 'Over de streefdatum' : 'Streefdatum'} ${b.dueDate} · ${BOTTLENECK_STATE_LABELS[b.state]}` : BOTTLENECK_STATE_LABELS[b.state],
        })),
        ...reported
          .filter((b) => b.ownerUserId !== actor.userId)
          .map((b) => ({ label: `${b.title} (nieuw gemeld)`, href: `/stuurgroep/knelpunten/${b.id}`, detail: `Gemeld door ${b.raisedByLabel}` })),
        { label: 'Naar de stuurgroeptafel', href: '/stuurgroep', detail: `${openSignals} open signalen` },
      ],
      emptyText: 'Er zijn geen knelpunten die op u wachten.',
    },
  ]
}
