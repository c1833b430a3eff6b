import { countDecisionsByBlock, listDecisions, type DB, type Kysely } from '@bt/db'
import { BUILDING_BLOCKS, DomainError, MEETING_KIND_LABELS, type BuildingBlockKey } from '@bt/domain'
import type { Context } from '../../context.ts'
import { getRegion } from '../regions/region.ts'
import { mayReadMeetings } from './access.ts'

// Decisions are the decided items of closed meetings. Steering members, analysts and advisers read
// them all; signed-in users read those about a region or a building block (published, like the
// records they answer); anonymous visitors see only counts per building block (issue 17).

type Ctx = Pick<Context, 'actor' | 'today'>
type DecisionRow = Awaited<ReturnType<typeof listDecisions>>[number]

/** A decision as the pages show it: the meeting's kind in words, its regions and building blocks named. */
function withNames(rows: DecisionRow[]) {
  const block = (key: string) => BUILDING_BLOCKS.find((b) => b.key === key)
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    decision: r.decision,
    bottleneckId: r.bottleneckId,
    meetingId: r.meetingId,
    meetingTitle: r.meetingTitle,
    meetingKindLabel: MEETING_KIND_LABELS[r.meetingKind],
    meetingDate: r.meetingDate,
    regions: r.regions,
    buildingBlocks: (r.buildingBlocks ?? []).flatMap((key) => {
      const found = block(key)
      return found ? [{ key, number: found.number, label: found.label }] : []
    }),
  }))
}

/** Every decision (the decisions list and its CSV/XLSX export), for meeting readers. */
export async function listAllDecisions(db: Kysely<DB>, ctx: Ctx) {
  if (!mayReadMeetings(ctx.actor)) throw new DomainError('FORBIDDEN', 'U heeft geen toegang tot de besluitenlijst van de stuurgroep.')
  return withNames(await listDecisions(db))
}

/** The decisions about a region's bottlenecks, for its page (signed in). */
export async function listRegionDecisions(db: Kysely<DB>, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  return withNames(await listDecisions(db, { regionCode: region.code }))
}

/** A building block's decisions: the list when signed in, only the count for anonymous visitors. */
export async function listBlockDecisions(db: Kysely<DB>, ctx: Ctx, input: { key: BuildingBlockKey }) {
  const counts = await countDecisionsByBlock(db)
  const count = counts.find((c) => c.buildingBlock === input.key)?.count ?? 0
  if (!ctx.actor) return { count, decisions: null }
  return { count, decisions: withNames(await listDecisions(db, { buildingBlock: input.key })) }
}

/** How many decisions each building block has: public. */
export async function decisionCountsByBlock(db: Kysely<DB>) {
  return countDecisionsByBlock(db)
}
