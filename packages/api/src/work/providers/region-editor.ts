import { findRegionByCode, listUnansweredComments, listVisibleAgreements } from '@bt/db'
import { summarisePlanning } from '@bt/indicators'
import type { TaskProvider, WorkSection } from '../types.ts'
import { longDateNl } from './dates.ts'

const MAX_ITEMS = 25

/** A region editor: per region, agreements overdue or without a planned date, and comments awaiting a reply. */
export const regionEditorTasks: TaskProvider = async ({ db, actor, today }) => {
  const codes = [...new Set(actor.grants.flatMap((g) => (g.role === 'region_editor' && g.regionCode ? [g.regionCode] : [])))]
  const sections: WorkSection[] = []
  for (const code of codes) {
    const region = await findRegionByCode(db, { code })
    if (!region) continue
    const visible = await listVisibleAgreements(db, { regionCode: code, view: 'draft' })
    const agreements = visible.map((a) => ({ ...a, stage: a.stage }))
    const planning = summarisePlanning(agreements, today)
    const link = (id: number) => `/regio/${region.slug}/afspraken/${id}`
    sections.push({
      key: `planning-${code}`,
      title: `Afspraken die aandacht vragen in ${region.name}`,
      description: 'Open afspraken waarvan de geplande datum voorbij is, of die nog geen geplande datum hebben.',
      items: [
        ...planning.overdue.map((a) => ({ label: a.title, href: link(a.id), detail: `Over datum sinds ${longDateNl(a.dueDate ?? today)}` })),
        ...planning.undated.map((a) => ({ label: a.title, href: link(a.id), detail: 'Nog geen geplande datum' })),
      ].slice(0, MAX_ITEMS),
      emptyText: 'Alle open afspraken hebben een geplande datum die nog niet voorbij is.',
    })
    const comments = await listUnansweredComments(db, { regionCode: code, exceptUserId: actor.userId, limit: MAX_ITEMS })
    sections.push({
      key: `comments-${code}`,
      title: `Reacties die op antwoord wachten in ${region.name}`,
      description: null,
      items: comments.map((c) => ({
        label: `${c.authorLabel} over “${c.agreementTitle}”`,
        href: `${link(c.agreementId)}#reactie-${c.id}`,
        detail: null,
      })),
      emptyText: 'Er wachten geen reacties op antwoord.',
    })
  }
  return sections
}
