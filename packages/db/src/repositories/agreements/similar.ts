import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

export interface SimilarAgreement {
  id: number
  regionName: string
  regionSlug: string
  title: string
  stage: string
  sharedNvoAgreements: string[]
  sharedConditions: string[]
  sharedThemes: string[]
  /** How alike the texts are (ts_rank of the source's words in the other's published text). */
  textRank: number
}

/** What an agreement is compared on: its text and its tags, as its reader sees them. */
export interface SimilarityProbe {
  title: string
  body: string
  nvoAgreements: readonly string[]
  conditions: readonly string[]
  themes: readonly string[]
}

/** The source's words, at most this many, make the text query (a long body would give a huge OR). */
const MAX_QUERY_WORDS = 200

/**
 * The published agreements of other regions most like the probe: shared NvO agreement, conditions
 * and themes weigh most, then how many of the probe's words (Dutch stems) their published text
 * holds. Only published revisions are read, so another region's draft never shows or counts.
 */
export async function listSimilarPublishedAgreements(
  db: Kysely<DB>,
  params: { probe: SimilarityProbe; excludeRegionCode: string; limit: number },
): Promise<SimilarAgreement[]> {
  const { probe } = params
  const tags = (values: readonly string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`
  const shared = (key: string, values: readonly string[]) =>
    sql`array(select e from jsonb_array_elements_text(coalesce(v.snapshot->${sql.lit(key)}, '[]'::jsonb)) e where e = any(${tags(values)}) order by e)`
  const result = await sql<SimilarAgreement>`
    with probe as (
      select (
        select to_tsquery('simple', string_agg(quote_literal(w), ' | '))
        from (select w from unnest(tsvector_to_array(to_tsvector('dutch', ${probe.title} || ' ' || ${probe.body}))) w limit ${MAX_QUERY_WORDS}) words
      ) as query
    ),
    scored as (
      select a.id, g.name as region_name, g.slug as region_slug, v.snapshot->>'title' as title, v.snapshot->>'stage' as stage,
        ${shared('nvoAgreements', probe.nvoAgreements)} as shared_nvo_agreements,
        ${shared('conditions', probe.conditions)} as shared_conditions,
        ${shared('themes', probe.themes)} as shared_themes,
        coalesce(ts_rank(a.published_search_vector, p.query), 0) as text_rank
      from agreement a
      join agreement_revision v on v.agreement_id = a.id and v.revision = a.published_revision
      join region g on g.code = a.region_code
      cross join probe p
      where a.published_revision is not null and a.region_code <> ${params.excludeRegionCode}
        and (v.snapshot->'nvoAgreements' ?| ${tags(probe.nvoAgreements)}
          or v.snapshot->'conditions' ?| ${tags(probe.conditions)}
          or v.snapshot->'themes' ?| ${tags(probe.themes)}
          or a.published_search_vector @@ p.query)
    )
    select * from scored
    order by 3 * cardinality(shared_nvo_agreements) + 2 * cardinality(shared_conditions) + 2 * cardinality(shared_themes)
      + 20 * text_rank desc, id
    limit ${params.limit}`.execute(db)
  return result.rows.map((row) => ({ ...row, textRank: Number(row.textRank) }))
}
