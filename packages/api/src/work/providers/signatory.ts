import { findCurrentPlanRevision, findRegionByCode, listAdoptions, listVisionVersions } from '@bt/db'
import type { TaskProvider, WorkItem, WorkSection } from '../types.ts'

/**
 * A municipality signatory: recorded adoptions of their council to confirm, and the current regiovisie
 * and uitvoeringsplan when their council's adoption of it has not been recorded yet (they record it
 * themselves, issue 19 item 8).
 */
export const signatoryTasks: TaskProvider = async ({ db, actor }) => {
  const sections: WorkSection[] = []
  for (const grant of actor.grants) {
    if (grant.role !== 'municipality_signatory' || !grant.municipalityCode || !grant.regionCode) continue
    const region = await findRegionByCode(db, { code: grant.regionCode })
    if (!region) continue
    const [adoptions, versions, planAdoptions, planRevision] = await Promise.all([
      listAdoptions(db, 'vision', { regionCode: region.code }),
      listVisionVersions(db, { regionCode: region.code }),
      listAdoptions(db, 'plan', { regionCode: region.code }),
      findCurrentPlanRevision(db, { regionCode: region.code }),
    ])
    const own = adoptions.filter((a) => a.municipalityCode === grant.municipalityCode)
    const ownPlan = planAdoptions.filter((a) => a.municipalityCode === grant.municipalityCode)
    const href = `/regio/${region.slug}/regiovisie`
    const planHref = `/regio/${region.slug}/plan/vaststelling`
    const items: WorkItem[] = [
      ...own
        .filter((a) => a.confirmedAt === null)
        .map((a) => ({
          label: `Bevestig de vaststelling van regiovisie ${a.versionNumber} door ${a.municipalityName}`,
          href,
          detail: `Raadsbesluit van ${a.decisionDate}, vastgelegd door ${a.recordedByLabel}`,
        })),
      ...ownPlan
        .filter((a) => a.confirmedAt === null)
        .map((a) => ({
          label: `Bevestig de vaststelling van het uitvoeringsplan (revisie ${a.revisionNumber}) door ${a.municipalityName}`,
          href: planHref,
          detail: `Raadsbesluit van ${a.decisionDate}, vastgelegd door ${a.recordedByLabel}`,
        })),
    ]
    const current = versions[0]
    if (current && !own.some((a) => a.visionVersionId === current.id)) {
      items.push({
        label: `Vaststelling van regiovisie ${current.number} (“${current.title}”) nog niet vastgelegd`,
        href,
        detail: 'Leg het raadsbesluit zelf vast zodra de raad heeft besloten.',
      })
    }
    if (planRevision && !ownPlan.some((a) => a.planRevisionId === planRevision.id)) {
      items.push({
        label: `Vaststelling van het uitvoeringsplan (revisie ${planRevision.number}) nog niet vastgelegd`,
        href: planHref,
        detail: 'Leg het raadsbesluit zelf vast zodra de raad heeft besloten.',
      })
    }
    sections.push({
      key: `adoptions-${grant.municipalityCode}`,
      title: `Vaststellingen om vast te leggen of te bevestigen (${region.name})`,
      description: null,
      items,
      emptyText: 'Alle vaststellingen van uw gemeente zijn vastgelegd en bevestigd.',
    })
  }
  return sections
}
