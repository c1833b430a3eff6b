import { sql, type Kysely } from 'kysely'
import { AGREEMENT_SEARCH_DOCUMENT, SNAPSHOT_SEARCH_DOCUMENT } from '../migrations/2026_11_23_1900_create_regional_plan.ts'
import type { DB } from '../schema.ts'

/** Marks around matched words in a snippet; the portal turns them into <mark> safely. */
export const MATCH_START = '««'
export const MATCH_END = '»»'
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`

export interface SearchHit {
  id: number
  regionCode: string
  regionName: string
  regionSlug: string
  title: string
  stage: string
  snippet: string
  rank: number
}

/**
 * Dutch full-text search (PostgreSQL's `dutch` configuration: stemming, stop words) over agreements,
 * best match first. `view: 'draft'` searches one region's working copies; `'published'` searches
 * published revisions, in one region or nationally. Uses the GIN indexes of the regional-plan migration.
 */
export async function searchAgreements(
  db: Kysely<DB>,
  params: { query: string; view: 'draft' | 'published'; regionCode?: string; theme?: string; condition?: string; limit: number },
): Promise<SearchHit[]> {
  const query = sql`websearch_to_tsquery('dutch', ${params.query})`
  const tag = (column: ReturnType<typeof sql>, value: string | undefined) =>
    value ? sql`and ${column} @> ${JSON.stringify([value])}::jsonb` : sql``
  const region = params.regionCode ? sql`and a.region_code = ${params.regionCode}` : sql``
  const result =
    params.view === 'draft'
      ? await sql<SearchHit>`
          select a.id, a.region_code, r.name as region_name, r.slug as region_slug, a.title, a.stage,
            ts_headline('dutch', a.title || ' — ' || a.body, ${query}, ${HEADLINE_OPTIONS}) as snippet,
            ts_rank(to_tsvector('dutch', a.title || ' ' || a.body || ' ' || a.explanation), ${query}) as rank
          from (select * from agreement where ${AGREEMENT_SEARCH_DOCUMENT} @@ ${query}) a
          join region r on r.code = a.region_code
          where true ${region} ${tag(sql`a.themes`, params.theme)} ${tag(sql`a.conditions`, params.condition)}
          order by rank desc, a.id limit ${params.limit}`.execute(db)
      : await sql<SearchHit>`
          select a.id, a.region_code, g.name as region_name, g.slug as region_slug,
            v.snapshot->>'title' as title, v.snapshot->>'stage' as stage,
            ts_headline('dutch', coalesce(v.snapshot->>'title', '') || ' — ' || coalesce(v.snapshot->>'body', ''), ${query}, ${HEADLINE_OPTIONS}) as snippet,
            ts_rank(${SNAPSHOT_SEARCH_DOCUMENT}, ${query}) as rank
          from (select * from agreement_revision where ${SNAPSHOT_SEARCH_DOCUMENT} @@ ${query}) v
          join agreement a on a.id = v.agreement_id and a.published_revision = v.revision
          join region g on g.code = a.region_code
          where true ${region} ${tag(sql`v.snapshot->'themes'`, params.theme)} ${tag(sql`v.snapshot->'conditions'`, params.condition)}
          order by rank desc, a.id limit ${params.limit}`.execute(db)
  return result.rows.map((row) => ({ ...row, rank: Number(row.rank) }))
}
