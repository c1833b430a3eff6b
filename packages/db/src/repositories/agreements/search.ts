import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

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
  // Rank on the stored vectors and keep the best `limit`; only those get a headline (it re-parses text).
  const ranked =
    params.view === 'draft'
      ? sql`select a.id, a.region_code, a.title, a.stage, a.body, ts_rank(a.search_vector, ${query}) as rank
          from agreement a
          where a.search_vector @@ ${query} ${region} ${tag(sql`a.themes`, params.theme)} ${tag(sql`a.conditions`, params.condition)}
          order by rank desc, a.id limit ${params.limit}`
      : sql`select a.id, a.region_code, v.snapshot->>'title' as title, v.snapshot->>'stage' as stage,
            coalesce(v.snapshot->>'body', '') as body, ts_rank(v.search_vector, ${query}) as rank
          from agreement_revision v
          join agreement a on a.id = v.agreement_id and a.published_revision = v.revision
          where v.search_vector @@ ${query} ${region}
            ${tag(sql`v.snapshot->'themes'`, params.theme)} ${tag(sql`v.snapshot->'conditions'`, params.condition)}
          order by rank desc, a.id limit ${params.limit}`
  const result = await sql<SearchHit>`
    select h.id, h.region_code, g.name as region_name, g.slug as region_slug, h.title, h.stage, h.rank,
      ts_headline('dutch', h.title || ' — ' || h.body, ${query}, ${HEADLINE_OPTIONS}) as snippet
    from (${ranked}) h join region g on g.code = h.region_code
    order by h.rank desc, h.id`.execute(db)
  return result.rows.map((row) => ({ ...row, rank: Number(row.rank) }))
}
