// Reading editions: the list and counts (public), a region's progress (signed in), the national
// aggregates of a frozen edition (public), and one region's picture (tiered, DESIGN.md visibility).

import { may } from '@bt/auth'
import { listDisputes, listEditionEvents, listEditionRegions, listReviewComments, type DB, type Kysely } from '@bt/db'
import {
  AGREEMENT_STAGES,
  availableEditionActions,
  DomainError,
  EDITION_REGION_STATE_LABELS,
  EDITION_REGION_STATES,
  NVO_AGREEMENT_KEYS,
  pictureItems,
  recordFor,
  type EditionAction,
  type EditionPicture,
  type EditionRegionState,
} from '@bt/domain'
import type { Context } from '../../context.ts'
import { getEdition, getPictureRow, maySeePicture, readEditions } from './lookup.ts'

type Ctx = Pick<Context, 'actor' | 'today'>
type RegionRow = Awaited<ReturnType<typeof listEditionRegions>>[number]

/** Share of the picture's levels (8) and plan elements (6) that are filled in, 0-1. */
export function completenessOf(picture: EditionPicture | null): number | null {
  if (!picture) return null
  const filled = picture.levels.length + picture.planElements.filter((p) => p.status !== 'not_started').length
  return filled / (NVO_AGREEMENT_KEYS.length + picture.planElements.length)
}

/** The latest indicator period in the picture: how fresh its figures are. */
function freshestPeriod(picture: EditionPicture | null): string | null {
  const ends = (picture?.indicators ?? []).map((i) => i.periodEnd).sort()
  return ends.at(-1) ?? null
}

function countStates(rows: readonly { state: EditionRegionState; picture: unknown }[]) {
  const byState = recordFor(EDITION_REGION_STATES, () => 0)
  for (const row of rows) byState[row.state] += 1
  return { total: rows.length, reported: rows.filter((r) => r.picture !== null).length, byState }
}

type StateCount = Awaited<ReturnType<typeof readEditions>>[number]['stateCounts'][number]

/** One edition's counts from its regions counted per state (no pictures read). */
function countsOf(own: readonly StateCount[]) {
  const byState = Object.fromEntries(EDITION_REGION_STATES.map((s) => [s, own.find((r) => r.state === s)?.regions ?? 0])) as Record<EditionRegionState, number> // every state is a key
  return { total: own.reduce((sum, r) => sum + r.regions, 0), reported: own.reduce((sum, r) => sum + r.withPicture, 0), byState }
}

/** Every edition with its counts per state (national numbers: public). Pages list it for their edition choice. */
export async function listAllEditions(db: Kysely<DB>) {
  const editions = await readEditions(db)
  return editions.map((e) => ({
    key: e.key,
    label: e.label,
    state: e.state,
    dueDate: e.dueDate,
    windowOpens: e.windowOpens,
    windowCloses: e.windowCloses,
    frozenAt: e.frozenAt,
    counts: countsOf(e.stateCounts),
  }))
}

/** The open edition's counts, for the overview's building block 9 (public). */
export async function getOpenEditionSummary(db: Kysely<DB>) {
  // At most one edition is open (a unique index); the list already carries its counts.
  const open = (await readEditions(db)).find((e) => e.state === 'open')
  if (!open) return null
  return { key: open.key, label: open.label, dueDate: open.dueDate, counts: countsOf(open.stateCounts) }
}

/** National aggregates of a frozen edition: how many regions stand at each level, agreements by stage. */
export function nationalAggregates(rows: readonly RegionRow[], disputedRegions: number) {
  const pictures = rows.flatMap((r) => (r.picture ? [r.picture] : []))
  const levels = NVO_AGREEMENT_KEYS.map((key) => {
    const counts = [0, 0, 0, 0, 0]
    for (const p of pictures) {
      const level = p.levels.find((l) => l.nvoAgreement === key)?.level
      if (level !== undefined) counts[level] = (counts[level] ?? 0) + 1
    }
    return { nvoAgreement: key, counts, unknown: rows.length - counts.reduce((a, b) => a + b, 0) }
  })
  const agreements = pictures.flatMap((p) => p.agreements)
  return {
    regions: rows.length,
    withPicture: pictures.length,
    confirmed: rows.filter((r) => r.state === 'confirmed').length,
    disputedRegions,
    levels,
    agreementsByStage: AGREEMENT_STAGES.map((stage) => ({ stage, count: agreements.filter((a) => a.stage === stage).length })),
    overdueAgreements: agreements.filter((a) => a.overdue).length,
    delayedAgreements: agreements.filter((a) => a.delayCount > 0).length,
  }
}

/** One edition: public facts and counts; its aggregates once frozen; the regions' progress for those signed in. */
export async function getEditionView(db: Kysely<DB>, ctx: Ctx, input: { editionKey: string }) {
  const edition = await getEdition(db, input.editionKey)
  const rows = await listEditionRegions(db, { editionId: edition.id })
  const disputes = await listDisputes(db, { editionId: edition.id })
  const disputedBy = new Map<string, number>()
  for (const d of disputes) disputedBy.set(d.regionCode, (disputedBy.get(d.regionCode) ?? 0) + 1)
  const frozen = edition.state === 'frozen'
  const signedIn = ctx.actor !== null
  return {
    edition: {
      key: edition.key,
      label: edition.label,
      state: edition.state,
      referenceDate: edition.referenceDate,
      windowOpens: edition.windowOpens,
      windowCloses: edition.windowCloses,
      dueDate: edition.dueDate,
      bandPeriods: edition.bandPeriods,
      bandMadFactor: edition.bandMadFactor,
      openedAt: edition.openedAt,
      frozenAt: edition.frozenAt,
      frozenByLabel: edition.frozenByLabel,
      version: edition.version,
    },
    counts: countStates(rows),
    aggregates: frozen ? nationalAggregates(rows, disputedBy.size) : null,
    canManage: may(ctx.actor, { action: 'manage_editions' }),
    regions: signedIn
      ? rows.map((r) => ({
          slug: r.regionSlug,
          name: r.regionName,
          state: r.state,
          stateLabel: stateLabel(r.state, disputedBy.get(r.regionCode) ?? 0),
          disputes: disputedBy.get(r.regionCode) ?? 0,
          lastActivityAt: r.lastActivityAt,
          lastActivityByLabel: r.lastActivityByLabel,
          completeness: completenessOf(r.picture),
          pictureTakenAt: r.pictureTakenAt,
          freshestPeriod: freshestPeriod(r.picture),
        }))
      : null,
  }
}

/** A state in words; a confirmed picture says whether the region disputed items. */
export function stateLabel(state: EditionRegionState, disputes: number): string {
  if (state !== 'confirmed') return EDITION_REGION_STATE_LABELS[state]
  return disputes > 0 ? `Bevestigd, ${disputes} ${disputes === 1 ? 'onderdeel' : 'onderdelen'} betwist` : 'Bevestigd zonder betwiste onderdelen'
}

/** One region's picture with its review comments, disputes, history and the caller's next actions. */
export async function getPictureView(db: Kysely<DB>, ctx: Ctx, input: { editionKey: string; regionSlug: string }) {
  const { edition, region, row } = await getPictureRow(db, input.editionKey, input.regionSlug)
  if (!maySeePicture(ctx, edition, region.code)) {
    throw new DomainError('FORBIDDEN', `Het beeld van ${region.name} in editie ${edition.key} is pas na het bevriezen voor iedereen zichtbaar.`)
  }
  const key = { editionId: edition.id, regionCode: region.code }
  const [comments, disputes, events] = await Promise.all([listReviewComments(db, key), listDisputes(db, key), listEditionEvents(db, key)])
  const actions: EditionAction[] = []
  if (edition.state === 'open') {
    if (may(ctx.actor, { action: 'confirm_edition', regionCode: region.code })) actions.push(...availableEditionActions(row.state, 'region_editor'))
    if (may(ctx.actor, { action: 'review_edition', regionCode: region.code })) actions.push(...availableEditionActions(row.state, 'vng_adviser'))
  }
  return {
    edition: { key: edition.key, label: edition.label, state: edition.state, dueDate: edition.dueDate },
    region: { code: region.code, name: region.name, slug: region.slug },
    state: row.state,
    stateLabel: stateLabel(row.state, disputes.length),
    version: row.version,
    picture: row.picture,
    pictureTakenAt: row.pictureTakenAt,
    items: row.picture ? pictureItems(row.picture) : [],
    explanations: row.explanations,
    findings: row.findings,
    reviewRound: row.reviewRound,
    comments,
    disputes,
    events,
    actions,
  }
}
