// Agreements for the national search at ten times the real scale (issue 20): 200 per region in the 440
// bench regions, each with a published first revision and an unpublished second one, their bodies six
// words from a small Dutch vocabulary (so one word matches about a quarter of them) and some filler.
// All INSERT … SELECT, so setting up takes seconds.
import type { DB, Kysely } from '@bt/db'
import { sql } from 'kysely'

export const AGREEMENTS_PER_REGION = 200
export const SEARCH_WORDS = ['crisisbedden', 'woningcorporatie', 'ervaringsdeskundige', 'zorgverzekeraar', 'wachtlijst', 'uitstroom', 'toegang', 'inkoop', 'tarieven', 'monitor', 'herstel', 'begeleiding', 'dakloosheid', 'wijkteam', 'consultatie', 'solidariteit', 'reserve', 'raadsbesluit', 'regiovisie', 'geschillen']

const FILLER = 'Een uitvoeringsafspraak met een tekst van enige lengte. '.repeat(6)

/** Six words picked by a hash of the agreement, the revision and the slot. */
const body = (revision: number) =>
  sql`(select string_agg((${SEARCH_WORDS}::text[])[1 + abs(hashtext(a.id || '-' || ${revision}::integer || '-' || s)) % ${SEARCH_WORDS.length}::integer], ' ')
    from generate_series(1, 6) s) || '. ' || ${FILLER}`

/** Insert the agreements of every bench region and their two revisions; returns how many agreements. */
export async function insertSearchBenchData(db: Kysely<DB>): Promise<number> {
  await sql`insert into agreement (region_code, title, nvo_agreements, themes, conditions, building_blocks, plan_elements, municipalities, partners, milestones, delays, planned_date, due_date, stage, version, published_revision, published_at, updated_by_label)
    select g.code, 'Afspraak ' || g.code || '-' || i, '["access"]', jsonb_build_array((array['access','housing','care'])[1 + i % 3]), '["low_threshold_access"]', '["monitoring"]', '["vision"]', '[]', '[]', '[]', '[]',
      make_date(2025 + i % 3, 1 + i % 12, 15), make_date(2025 + i % 3, 1 + i % 12, 15), (array['concept','vastgesteld','in_uitvoering','gerealiseerd'])[1 + i % 4], 2, 1, now(), 'bench-search'
    from region g, generate_series(1, ${AGREEMENTS_PER_REGION}::integer) i where g.slug like 'bench-%'`.execute(db)
  for (const revision of [1, 2]) {
    await sql`insert into agreement_revision (agreement_id, revision, snapshot, author_label)
      select a.id, ${revision}::integer, jsonb_build_object('title', a.title || ' (' || ${revision}::integer || ')', 'body', ${body(revision)}, 'stage', a.stage,
        'plannedDate', a.planned_date, 'dueDate', a.due_date, 'buildingBlocks', a.building_blocks, 'nvoAgreements', a.nvo_agreements, 'themes', a.themes,
        'conditions', a.conditions, 'planElements', a.plan_elements, 'municipalities', a.municipalities, 'partners', a.partners, 'delays', a.delays, 'explanation', ''), 'bench'
      from agreement a where a.updated_by_label = 'bench-search'`.execute(db)
  }
  // The working copy carries the second revision's text, as after an edit that is not yet published.
  await sql`update agreement a set body = r.snapshot->>'body', title = r.snapshot->>'title'
    from agreement_revision r where r.agreement_id = a.id and r.revision = 2 and a.updated_by_label = 'bench-search'`.execute(db)
  await sql`analyze`.execute(db)
  const count = await sql<{ n: number }>`select count(*)::integer as n from agreement where updated_by_label = 'bench-search'`.execute(db)
  return count.rows[0]?.n ?? 0
}
