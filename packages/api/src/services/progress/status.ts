import { findBuildingBlockVersion, listBlockTextsAsOf, listBlockTextTimeline, listSubLineStatusesAsOf, listSubLineTimeline, type DB, type Kysely } from '@bt/db'
import { BUILDING_BLOCKS, DomainError, findBuildingBlockByNumber } from '@bt/domain'
import type { Context } from '../../context.ts'
import { getRegionComparison, listRelatedIndicators } from './block-page.ts'
import { headlinesOf } from './headlines.ts'
import { todaysRegions } from './comparison-types.ts'
import { LIVE_BASIS, loadEditionSource, NOT_IN_EDITION_NOTE, resolveDerivedBasis, type DerivedBasis, type EditionSource } from './derived-as-of.ts'
import { deriveBlock, DERIVED_BLOCKS } from './measures.ts'
import { listVisibleMoments, resolveAsOf, seesPreparedMoments, visibleUpTo, type AsOf } from './moments.ts'
import { stampedCache } from './stamped-cache.ts'
import { loadStatusTrends } from './trend.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/**
 * Every block's sub-line statuses and texts as of a moment (or now, or the day a frozen edition was
 * frozen), with each block's status trend.
 */
export async function getStatusPicture(db: Kysely<DB>, ctx: Ctx, input: { asOf?: number | undefined; buildingBlock?: string }, edition: EditionSource | null = null) {
  // "Now" is today and an edition's day its freezing, known before any query; only a chosen moment is looked up first.
  const chosen = edition || input.asOf === undefined ? null : await resolveAsOf(db, ctx, input.asOf)
  const onDate = edition?.frozenOn ?? chosen?.onDate ?? ctx.today
  const [moments, lines, texts, trendsFor] = await Promise.all([
    listVisibleMoments(db, ctx),
    listSubLineStatusesAsOf(db, { onDate, buildingBlock: input.buildingBlock }),
    listBlockTextsAsOf(db, { onDate, buildingBlock: input.buildingBlock }),
    loadStatusTrends(db, { upTo: onDate }),
  ])
  const asOf = edition ? asOfEdition(edition, moments) : (chosen ?? (await resolveAsOf(db, ctx, undefined, moments)))
  // The trend runs up to the view's moment: an as-of view does not show what was decided after it.
  const trendOf = trendsFor(moments.filter((m) => m.momentDate <= onDate))
  const textOf = new Map(texts.map((t) => [t.buildingBlock, t]))
  const blocks = BUILDING_BLOCKS.filter((b) => !input.buildingBlock || b.key === input.buildingBlock).map((block) => {
    const text = textOf.get(block.key)
    return {
      buildingBlock: block.key,
      number: block.number,
      explanation: text?.explanation ?? '',
      implementation: text?.implementation ?? '',
      textMomentDate: text?.momentDate ?? null,
      version: text?.version ?? null,
      subLines: inOrder(
        lines.filter((l) => l.buildingBlock === block.key),
        (l) => ({ status: l.status, note: l.note, plannedDate: l.plannedDate, momentDate: l.momentDate, momentLabel: l.momentLabel }),
      ),
      trend: trendOf(block.key),
    }
  })
  return { asOf, moments, blocks, canManage: seesPreparedMoments(ctx), edition: edition && { key: edition.key, label: edition.label, frozenOn: edition.frozenOn } }
}

/** Sub-lines in their order, each with its id, key, label and version and what `more` adds. */
function inOrder<L extends { subLineId: number; key: string; label: string; version: number; position: number }, M>(
  lines: readonly L[],
  more: (line: L) => M,
) {
  return [...lines]
    .sort((a, b) => a.position - b.position)
    .map((l) => ({ id: l.subLineId, key: l.key, label: l.label, ...more(l), version: l.version }))
}

/** A frozen edition's view: the statuses decided up to the day it was frozen. */
function asOfEdition(edition: EditionSource, moments: readonly { id: number; momentDate: string; label: string }[]): AsOf {
  const latest = moments.filter((m) => m.momentDate <= edition.frozenOn).at(-1)
  return { onDate: edition.frozenOn, moment: latest ? { id: latest.id, momentDate: latest.momentDate, label: latest.label } : null, isNow: false }
}

/**
 * Where a view's derived figures come from (derived-as-of.ts), known before any figure is read: the
 * chosen edition's pictures; on a moment's view the last edition frozen by then; else today's records.
 */
async function viewBasis(db: Kysely<DB>, ctx: Ctx, input: { asOf?: number | undefined; edition?: string | undefined }): Promise<{ edition: EditionSource | null; basis: DerivedBasis }> {
  if (input.edition) {
    const edition = await loadEditionSource(db, input.edition)
    return { edition, basis: { source: edition, liveNote: NOT_IN_EDITION_NOTE } }
  }
  if (input.asOf === undefined) return { edition: null, basis: LIVE_BASIS }
  const moment = await resolveAsOf(db, ctx, input.asOf)
  return { edition: null, basis: await resolveDerivedBasis(db, { momentDate: moment.onDate }) }
}

type Overview = Awaited<ReturnType<typeof computeOverview>>

/** The overview "now", kept per stamp of its records (ADR 031). */
const overviewNow = stampedCache<Overview>()

/**
 * The overview: every block's picture as of a moment, and the headline figures of the derived blocks
 * (as of today). The view "now" is computed once per version of its records, per day and per what the
 * caller may see (`callerVariant`).
 */
export async function getOverview(db: Kysely<DB>, ctx: Ctx, input: { asOf?: number | undefined; edition?: string | undefined }) {
  if (input.asOf !== undefined || input.edition) return computeOverview(db, ctx, input)
  return overviewNow(db, { variant: callerVariant(ctx), today: ctx.today }, () => computeOverview(db, ctx, input))
}

/**
 * What of the caller the overview and the block pages depend on: whether region names show (signed
 * in) and whether prepared moments do (analysts). Nothing else of the caller may change them, or this
 * must name it too.
 */
function callerVariant(ctx: Ctx): string {
  return `${ctx.actor === null ? 'anonymous' : 'signed-in'}/${seesPreparedMoments(ctx) ? 'prepared' : 'passed'}`
}

async function computeOverview(db: Kysely<DB>, ctx: Ctx, input: { asOf?: number | undefined; edition?: string | undefined }) {
  const regionsOf = todaysRegions(db, ctx)
  const { edition, basis } = await viewBasis(db, ctx, input)
  // The statuses and the derived figures read different records: both at once.
  const [picture, derived] = await Promise.all([
    getStatusPicture(db, ctx, input, edition),
    Promise.all(DERIVED_BLOCKS.map(async (key) => ({ key, measures: (await deriveBlock(db, ctx, key, regionsOf, basis, 'headlines'))?.measures ?? null }))),
  ])
  const headlineOf = new Map<string, { asOf: string; asOfNote: string; figures: ReturnType<typeof headlinesOf> } | null>(derived.map((d) => [d.key, d.measures ? { asOf: d.measures.asOf, asOfNote: d.measures.asOfNote, figures: headlinesOf(d.measures) } : null]))
  return { ...picture, blocks: picture.blocks.map((b) => ({ ...b, derived: headlineOf.get(b.buildingBlock) ?? null })) }
}

type BlockPage = Awaited<ReturnType<typeof computeBuildingBlockStatus>>

/** The block pages "now", kept per stamp of their records like the overview (ADR 031's addendum). */
const blockPageNow = stampedCache<BlockPage>()

/**
 * One building block's page: its picture as of a moment, the timeline of every visible change, the
 * status trend, the derived measures, the related indicators and, for signed-in users, the region
 * comparison with the published agreements tagged with the block. The view "now" is computed once per
 * version of its records, per day, block and what the caller may see.
 */
export async function getBuildingBlockStatus(db: Kysely<DB>, ctx: Ctx, input: { number: number; asOf?: number | undefined; edition?: string | undefined }) {
  const block = findBuildingBlockByNumber(input.number)
  if (!block) throw new DomainError('NOT_FOUND', `Bouwsteen ${input.number} bestaat niet.`)
  if (input.asOf !== undefined || input.edition) return computeBuildingBlockStatus(db, ctx, block, input)
  return blockPageNow(db, { variant: `${block.number}/${callerVariant(ctx)}`, today: ctx.today }, () => computeBuildingBlockStatus(db, ctx, block, input))
}

async function computeBuildingBlockStatus(
  db: Kysely<DB>,
  ctx: Ctx,
  block: NonNullable<ReturnType<typeof findBuildingBlockByNumber>>,
  input: { asOf?: number | undefined; edition?: string | undefined },
) {
  const upTo = visibleUpTo(ctx)
  const regionsOf = todaysRegions(db, ctx)
  const { edition, basis } = await viewBasis(db, ctx, input)
  const derivedRead = deriveBlock(db, ctx, block.key, regionsOf, basis)
  const [picture, changes, textChanges, current, derived, indicators, blockVersion, comparison] = await Promise.all([
    getStatusPicture(db, ctx, { asOf: input.asOf, buildingBlock: block.key }, edition),
    listSubLineTimeline(db, { buildingBlock: block.key, upTo }),
    listBlockTextTimeline(db, { buildingBlock: block.key, upTo }),
    // The sub-lines' current versions, for the analyst's forms (the as-of picture may be older).
    listSubLineStatusesAsOf(db, { onDate: upTo, buildingBlock: block.key }),
    derivedRead,
    listRelatedIndicators(db, block),
    findBuildingBlockVersion(db, { key: block.key }),
    getRegionComparison(db, ctx, block, derivedRead.then((d) => d?.comparison ?? null), regionsOf, edition),
  ])
  const mark = <T extends { momentDate: string }>(row: T) => ({ ...row, prepared: row.momentDate > ctx.today })
  return {
    ...picture,
    block: { key: block.key, number: block.number, label: block.label, cluster: block.cluster },
    subLineTimeline: inOrder(current, (line) => ({
      changes: changes.filter((c) => c.subLineId === line.subLineId).map((c) => ({ ...mark(c), status: c.status })),
    })),
    textTimeline: textChanges.map(mark),
    /** The version an analyst's text edit must name (a stale one is a conflict). */
    textVersion: blockVersion?.version ?? null,
    derived: derived?.measures ?? null,
    comparison,
    indicators,
  }
}
