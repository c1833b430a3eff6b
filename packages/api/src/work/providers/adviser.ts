import { findRegionByCode, listRegionAuditEntries } from '@bt/db'
import { auditActionLabel } from '@bt/domain'
import type { TaskProvider, WorkSection } from '../types.ts'

const CHANGES_PER_REGION = 5
const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })

/** A VNG adviser: their regions, and the latest changes in each (from the region's log). */
export const adviserTasks: TaskProvider = async ({ db, actor }) => {
  const codes = [...new Set(actor.grants.flatMap((g) => (g.role === 'vng_adviser' && g.regionCode ? [g.regionCode] : [])))]
  if (codes.length === 0) return []
  const regions = (await Promise.all(codes.map((code) => findRegionByCode(db, { code })))).filter((r) => r !== undefined)
  regions.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const sections: WorkSection[] = [
    {
      key: 'adviser-regions',
      title: "Uw regio's",
      description: null,
      items: regions.map((r) => ({ label: r.name, href: `/regio/${r.slug}`, detail: null })),
      emptyText: "U heeft geen regio's toegewezen gekregen.",
    },
  ]
  for (const region of regions) {
    const entries = await listRegionAuditEntries(db, { regionCode: region.code, limit: CHANGES_PER_REGION })
    sections.push({
      key: `changes-${region.code}`,
      title: `Laatste wijzigingen in ${region.name}`,
      description: null,
      items: entries.map((e) => ({
        label: `${auditActionLabel(e.action)} door ${e.actorLabel}`,
        href: `/regio/${region.slug}/logboek`,
        detail: dateTime.format(e.occurredAt),
      })),
      emptyText: 'Er is nog niets gewijzigd.',
    })
  }
  return sections
}
