import { findOpenEdition, listEditionRegions } from '@bt/db'
import { EDITION_REGION_STATE_LABELS, nextStepOf, UNFINISHED_STATES, type EditionRegionState } from '@bt/domain'
import type { TaskProvider, WorkSection } from '../types.ts'
import { longDateNl } from './dates.ts'

/**
 * The open edition: for a region editor what it asks of their region, for an adviser the pictures
 * waiting for their review, for an analyst the edition's progress (issue 14).
 */
export const editionTasks: TaskProvider = async ({ db, actor }) => {
  const edition = await findOpenEdition(db)
  if (!edition) return []
  const rows = await listEditionRegions(db, { editionId: edition.id })
  const regionsOf = (role: string) => new Set(actor.grants.filter((g) => g.role === role && g.regionCode).map((g) => g.regionCode))
  const link = (slug: string) => `/edities/${edition.key}/${slug}`
  const due = `Uiterlijk ${longDateNl(edition.dueDate)}`
  const sections: WorkSection[] = []

  const editorRegions = regionsOf('region_editor')
  if (editorRegions.size > 0) {
    const mine = rows.filter((r) => editorRegions.has(r.regionCode))
    sections.push({
      key: 'edition-region',
      title: `${edition.label}: het beeld van uw regio`,
      description: 'Wat de halfjaareditie nu van uw regio vraagt.',
      items: mine.flatMap((r) => {
        const step = nextStepOf(r.state)
        return step?.by === 'region_editor' ? [{ label: `${r.regionName}: ${step.label}`, href: link(r.regionSlug), detail: due }] : []
      }),
      emptyText: 'De editie vraagt nu niets van uw regio.',
    })
  }

  const adviserRegions = regionsOf('vng_adviser')
  if (adviserRegions.size > 0) {
    sections.push({
      key: 'edition-review',
      title: `${edition.label}: beelden om te beoordelen`,
      description: null,
      items: rows
        .filter((r) => adviserRegions.has(r.regionCode) && r.state === 'submitted')
        .map((r) => ({ label: `Beoordeel het beeld van ${r.regionName}`, href: link(r.regionSlug), detail: due })),
      emptyText: "Er wacht geen beeld uit uw regio's op uw beoordeling.",
    })
  }

  if (actor.grants.some((g) => g.role === 'vng_analyst')) {
    const unfinished = rows.filter((r) => UNFINISHED_STATES.includes(r.state))
    const confirmed = rows.length - unfinished.length
    const byState = new Map<EditionRegionState, number>()
    for (const r of unfinished) byState.set(r.state, (byState.get(r.state) ?? 0) + 1)
    const detail = [...byState].map(([state, n]) => `${n} ${EDITION_REGION_STATE_LABELS[state].toLowerCase()}`).join(', ')
    sections.push({
      key: 'edition-progress',
      title: `${edition.label}: voortgang`,
      description: null,
      items: [
        {
          label: unfinished.length === 0 ? `Alle ${rows.length} regio’s hebben bevestigd: bevries de editie` : `${confirmed} van de ${rows.length} regio’s hebben bevestigd`,
          href: `/edities/${edition.key}`,
          detail: unfinished.length === 0 ? due : detail,
        },
      ],
      emptyText: 'Geen open editie.',
    })
  }
  return sections
}
