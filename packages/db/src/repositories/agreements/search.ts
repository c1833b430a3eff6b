import { sql, type Kysely } from 'kysely'
import type { AgreementStage } from '@bt/domain'
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
  stage: AgreementStage
  snippet: string
  rank: number
}

/**
 * At most this many matches are ranked. A word in a quarter of all agreements would otherwise rank
 * tens of thousands of rows to keep fifty; beyond the cap the best of the first matches is shown and
 * the page asks to narrow the search (ADR 028). Queries with fewer matches are ranked exactly.
 */
export const RANKED_CANDIDATES = 1000

/**
 * Dutch full-text search (PostgreSQL's `dutch` configuration: stemming, stop words) over agreements,
 * best match first. `view: 'draft'` searches one region's working copies; `'published'` searches
 * published revisions, in one region or nationally, on the agreement's copy of the published vector.
 * Ranks at most RANKED_CANDIDATES matches in a narrow query (id and vector), then reads the snapshot
 * and builds the headline for the `limit` winners only.
 */
export async function searchAgreements(
  db: Kysely<DB>,
  params: { query: string; view: 'draft' | 'published'; regionCode?: string; theme?: string; condition?: string; limit: number },
): Promise<SearchHit[]> {
  const query = sql`websearch_to_tsquery('dutch', ${params.query})`
  const tag = (column: ReturnType<typeof sql>, value: string | undefined) =>
    value ? sql`and ${column} @> ${JSON.stringify([value])}::jsonb` : sql``
  const region = params.regionCode ? sql`and a.region_code = ${params.regionCode}` : sql``
  const tagged = Boolean(params.theme || params.condition)
  const candidates =
    params.view === 'draft'
      ? sql`select a.id, a.search_vector as vector from agreement a
          where a.search_vector @@ ${query} ${region} ${tag(sql`a.themes`, params.theme)} ${tag(sql`a.conditions`, params.condition)}
          limit ${RANKED_CANDIDATES}`
      : sql`select a.id, a.published_search_vector as vector from agreement a
          ${tagged ? sql`join agreement_revision v on v.agreement_id = a.id and v.revision = a.published_revision` : sql``}
          where a.published_search_vector @@ ${query} ${region}
            ${tag(sql`v.snapshot->'themes'`, params.theme)} ${tag(sql`v.snapshot->'conditions'`, params.condition)}
          limit ${RANKED_CANDIDATES}`
  const winners = sql`select c.id, ts_rank(c.vector, ${query}) as rank from (${candidates}) c order by rank desc, c.id limit ${params.limit}`
  const text =
    params.view === 'draft'
      ? { join: sql``, title: sql`a.title`, stage: sql`a.stage`, body: sql`a.body` }
      : {
          join: sql`join agreement_revision v on v.agreement_id = a.id and v.revision = a.published_revision`,
          title: sql`v.snapshot->>'title'`,
          stage: sql`v.snapshot->>'stage'`,
          body: sql`coalesce(v.snapshot->>'body', '')`,
        }
  const result = await sql<SearchHit>`
    select w.id, a.region_code, g.name as region_name, g.slug as region_slug, ${text.title} as title, ${text.stage} as stage, w.rank,
      ts_headline('dutch', ${text.title} || ' — ' || ${text.body}, ${query}, ${HEADLINE_OPTIONS}) as snippet
    from (${winners}) w join agreement a on a.id = w.id ${text.join} join region g on g.code = a.region_code
    order by w.rank desc, w.id`.execute(db)
  return result.rows.map((row) => ({ ...row, rank: Number(row.rank) }))
}
