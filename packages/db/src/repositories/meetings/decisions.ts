import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

// Decisions are the decided items of closed meetings: final once the minutes are.

/** Decisions of closed meetings, newest first; optionally those about a region's or a block's bottlenecks. */
export async function listDecisions(db: Kysely<DB>, params: { regionCode?: string; buildingBlock?: string; meetingId?: number } = {}) {
  let query = db
    .selectFrom('meetingItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.meetingId')
    .leftJoin('bottleneck as b', 'b.id', 'i.bottleneckId')
    .select([
      'i.id',
      'i.position',
      'i.title',
      'i.decision',
      'i.bottleneckId',
      'm.id as meetingId',
      'm.title as meetingTitle',
      'm.kind as meetingKind',
      'm.meetingDate',
      'b.regionCodes',
      'b.buildingBlocks',
      // The regions the bottleneck names, in its order, with slug and name (a code no region has is left out).
      sql<{ code: string; slug: string; name: string }[]>`(
        select coalesce(json_agg(json_build_object('code', r.code, 'slug', r.slug, 'name', r.name) order by e.position), '[]')
        from jsonb_array_elements_text(b.region_codes) with ordinality as e(code, position)
        join region r on r.code = e.code)`.as('regions'),
    ])
    .where('m.state', '=', 'closed')
    .where('i.outcome', '=', 'decided')
  if (params.regionCode) query = query.where(sql<boolean>`b.region_codes ? ${params.regionCode}`)
  if (params.buildingBlock) query = query.where(sql<boolean>`b.building_blocks ? ${params.buildingBlock}`)
  if (params.meetingId) query = query.where('m.id', '=', params.meetingId)
  return query.orderBy('m.meetingDate', 'desc').orderBy('i.position').execute()
}

/** How many decisions each building block has (through the bottlenecks decided on), for everyone. */
export async function countDecisionsByBlock(db: Kysely<DB>) {
  const result = await sql<{ buildingBlock: string; count: number }>`
    select blk.block as building_block, count(*)::int as count
    from meeting_item i
    join meeting m on m.id = i.meeting_id and m.state = 'closed'
    join bottleneck b on b.id = i.bottleneck_id
    cross join lateral jsonb_array_elements_text(b.building_blocks) as blk(block)
    where i.outcome = 'decided'
    group by blk.block`.execute(db)
  return result.rows
}
