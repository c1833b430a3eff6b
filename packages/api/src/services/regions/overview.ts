import { may } from '@bt/auth'
import { listNvoLevelHistory, listNvoLevels, listVisibleAgreements, type DB, type Kysely, type VisibleAgreement } from '@bt/db'
import { NVO_AGREEMENT_KEYS, type AgreementFilter } from '@bt/domain'
import { computeCoverageMatrix, missingFields, planningStatus, summariseCompleteness, summarisePlanning } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { readOnce } from '../../request-reads.ts'
import { getRegion, latest, viewFor } from './region.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

function matches(a: VisibleAgreement, filter: AgreementFilter): boolean {
  const partner = filter.partner?.toLowerCase()
  return (
    (!filter.stage || a.stage === filter.stage) &&
    (!filter.theme || a.themes.includes(filter.theme)) &&
    (!filter.condition || a.conditions.includes(filter.condition)) &&
    (!filter.nvoAgreement || a.nvoAgreements.includes(filter.nvoAgreement)) &&
    (!filter.municipality || a.municipalities.includes(filter.municipality)) &&
    (!partner || a.partners.some((p) => p.name.toLowerCase().includes(partner)))
  )
}

/**
 * Everything the region page shows of a region's agreements, as the caller may see them: the
 * coverage matrix with white spots, planning, completeness and freshness, the NvO levels, and the
 * agreements that pass the filter.
 */
export async function getRegionOverview(db: Kysely<DB>, ctx: Ctx, input: { slug: string; filter: AgreementFilter }) {
  const region = await getRegion(db, input.slug)
  const view = viewFor(ctx, region.code)
  const [visible, levels] = await Promise.all([
    readOnce(db, listVisibleAgreements, { regionCode: region.code, view }),
    listNvoLevels(db, { regionCode: region.code }),
  ])
  const agreements = visible.map((a) => ({ ...a, stage: a.stage }))
  const partners = [...new Set(agreements.flatMap((a) => a.partners.map((p) => p.name)))].sort((x, y) => x.localeCompare(y, 'nl'))
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    view,
    permissions: {
      canEdit: may(ctx.actor, { action: 'edit', regionCode: region.code }),
      canSetLevels:
        may(ctx.actor, { action: 'edit', regionCode: region.code }) || may(ctx.actor, { action: 'score_levels', regionCode: region.code }),
    },
    matrix: computeCoverageMatrix(agreements),
    planning: summarisePlanning(agreements, ctx.today),
    completeness: summariseCompleteness(agreements, { nvoLevelsSet: levels.length, nvoAgreementCount: NVO_AGREEMENT_KEYS.length }),
    // Draft view: every agreement with its last change; published: when each published one was published
    // (never undone). So the latest of these is the region's last change as the view shows it.
    lastChange: latest(visible.map((a) => a.updatedAt)),
    levels,
    partners,
    total: agreements.length,
    agreements: agreements
      .filter((a) => matches(a, input.filter))
      .map((a) => ({ ...a, planningStatus: planningStatus(a, ctx.today), missing: missingFields(a) })),
  }
}

/** A region's NvO levels and, for readers of its drafts, their history. */
export async function getNvoLevels(db: Kysely<DB>, ctx: Ctx, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  const [levels, history] = await Promise.all([
    listNvoLevels(db, { regionCode: region.code }),
    viewFor(ctx, region.code) === 'draft' ? listNvoLevelHistory(db, { regionCode: region.code }) : [],
  ])
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    levels,
    history,
    canSetLevels:
      may(ctx.actor, { action: 'edit', regionCode: region.code }) || may(ctx.actor, { action: 'score_levels', regionCode: region.code }),
  }
}
