// The national overview's records at ten times the real scale (issue 13): on top of the indicator
// bench's 3,420 municipalities in 440 regions, 200 agreements per region (three in four published,
// each tagged with one building block), eight NvO levels per region, a regiovisie per region adopted
// by most councils, 50 decision moments with a status change of every sub-line at each, ten years of
// quarterly housing places and half-yearly shares of beschermd thuis per region, and a reference
// scenario whose stored result holds 440 regions and 3,420 municipalities. All INSERT … SELECT.
import type { DB, Kysely } from '@bt/db'
import { NVO_AGREEMENT_KEYS } from '@bt/domain'
import { sql } from 'kysely'
import { REGIONS } from './indicator-data.ts'

export const AGREEMENTS_PER_REGION = 200
export const MOMENTS = 50
const BLOCKS = ['distribution_model', 'regional_cooperation', 'transition_clients', 'wlz_withdrawal', 'residence_principle', 'national_purchasing', 'national_agreements', 'taskforce', 'monitoring', 'specific_themes']

async function insertAgreements(db: Kysely<DB>) {
  const block = sql`(${BLOCKS}::text[])[1 + (g.n + i) % 10]`
  await sql`insert into agreement (region_code, title, nvo_agreements, themes, conditions, building_blocks, plan_elements, municipalities, partners, milestones, delays, planned_date, due_date, stage, version, published_revision, published_at, updated_by_label)
    select g.code, 'Afspraak ' || g.n || '-' || i, '["access"]', '["access"]', '["low_threshold_access"]', jsonb_build_array(${block}), '["vision"]', '[]', '[]', '[]', '[]',
      make_date(2025 + i % 3, 1 + i % 12, 15), make_date(2025 + i % 3, 1 + i % 12, 15), (array['concept','vastgesteld','in_uitvoering','gerealiseerd'])[1 + i % 4], 1,
      case when i % 4 = 0 then null else 1 end, case when i % 4 = 0 then null else now() end, 'bench'
    from (select code, row_number() over (order by code)::integer as n from region where slug like 'bench-%') g, generate_series(1, ${AGREEMENTS_PER_REGION}::integer) i`.execute(db)
  await sql`insert into agreement_revision (agreement_id, revision, snapshot, author_label)
    select a.id, 1, jsonb_build_object('title', a.title, 'body', '', 'stage', a.stage, 'plannedDate', a.planned_date, 'dueDate', a.due_date, 'buildingBlocks', a.building_blocks,
      'nvoAgreements', a.nvo_agreements, 'themes', a.themes, 'conditions', a.conditions, 'planElements', a.plan_elements, 'municipalities', a.municipalities, 'partners', a.partners, 'delays', a.delays, 'explanation', ''), 'bench'
    from agreement a where a.updated_by_label = 'bench'`.execute(db)
}

async function insertCooperation(db: Kysely<DB>) {
  await sql`insert into nvo_level (region_code, nvo_agreement, level, updated_by_label)
    select g.code, k, abs(hashtext(g.code || k)) % 5, 'bench'
    from region g, unnest(${[...NVO_AGREEMENT_KEYS]}::text[]) k where g.slug like 'bench-%'
    on conflict do nothing`.execute(db)
  await sql`insert into vision_version (region_code, number, title, document_date, created_by_label)
    select code, 1, 'Regiovisie', '2025-01-15', 'bench' from region where slug like 'bench-%'`.execute(db)
  await sql`insert into council_adoption (municipality_code, vision_version_id, decision_date, decision_url, recorded_by_label)
    select m.municipality_code, v.id, '2025-03-01', 'https://bench.example/besluit', 'bench'
    from region_membership m join vision_version v on v.region_code = m.region_code
    where abs(hashtext(m.municipality_code)) % 10 < 8`.execute(db)
}

async function insertMoments(db: Kysely<DB>) {
  await sql`insert into decision_moment (moment_date, label, created_by_label)
    select make_date(2010, 1, 1) + (i * 70), 'Bench BO ' || i, 'bench' from generate_series(1, ${MOMENTS - 1}::integer) i`.execute(db)
  await sql`insert into sub_line_status (sub_line_id, decision_moment_id, status, note, recorded_by_label)
    select l.id, m.id, (array['done','partly_done','done_decision_pending','pending'])[1 + abs(hashtext(l.id || '-' || m.id)) % 4], 'Bench', 'bench'
    from sub_line l, decision_moment m where m.label like 'Bench BO %'`.execute(db)
}

async function insertIndicatorValues(db: Kysely<DB>) {
  await sql`insert into indicator_value (indicator_key, area_level, area_code, period, period_end, state, value, source, entered_by_label)
    select 'housing_units_added', 'region', g.code, y || '-Q' || q, (make_date(y, q * 3, 1) + interval '1 month' - interval '1 day')::date, 'final', abs(hashtext(g.code || y || q)) % 20, 'bench', 'bench'
    from region g, generate_series(2016, 2025) y, generate_series(1, 4) q where g.slug like 'bench-%'`.execute(db)
  await sql`insert into indicator_value (indicator_key, area_level, area_code, period, period_end, state, value, numerator, denominator, source, entered_by_label)
    select 'bw_home_share', 'region', g.code, y || '-H' || h, make_date(y, h * 6, case h when 1 then 30 else 31 end), 'final', (20 + abs(hashtext(g.code || y || h)) % 60)::numeric, 20 + abs(hashtext(g.code || y || h)) % 60, 100, 'bench', 'bench'
    from region g, generate_series(2016, 2025) y, generate_series(1, 2) h where g.slug like 'bench-%'`.execute(db)
}

async function insertReferenceScenario(db: Kysely<DB>) {
  await sql`insert into app_user (id, email, name) values ('bench-analyst', 'bench@example.org', 'Bench')`.execute(db)
  const dataset = await sql<{ id: number }>`insert into calc_dataset (label, kind, budget_year, macro_budget_cents, mo_macro_budget_cents) values ('Bench', 'imported', 2025, 160000000000, 30000000000) returning id`.execute(db)
  const years = sql`(select jsonb_agg(100000000 + y) from generate_series(0, 10) y)`
  await sql`insert into scenario (id, owner_user_id, name, visibility, parameters, dataset_id, result, is_reference)
    select 'bench-reference', 'bench-analyst', 'Bench referentie', 'signed_in', '{}', ${dataset.rows[0]?.id ?? 0},
      jsonb_build_object('computedAt', now()::text,
        'regions', (select jsonb_agg(jsonb_build_object('code', code, 'name', name, 'slug', slug, 'historicalCents', 300000000, 'objectiveCents', 300000000 + (abs(hashtext(code)) % 120000000) - 60000000,
          'changeCents', (abs(hashtext(code)) % 120000000) - 60000000, 'changeBasisPoints', ((abs(hashtext(code)) % 120000000) - 60000000) / 30000, 'amountsByYear', ${years})) from region where slug like 'bench-%'),
        'municipalities', (select jsonb_agg(jsonb_build_object('code', code, 'name', name, 'historicalCents', 1000000, 'objectiveCents', 900000, 'amountsByYear', ${years})) from municipality where province = 'Bench')),
      true`.execute(db)
}

/** Inserts the overview's records; returns how many agreements, levels, status changes and values it wrote. */
export async function insertOverviewBenchData(db: Kysely<DB>) {
  await insertAgreements(db)
  await insertCooperation(db)
  await insertMoments(db)
  await insertIndicatorValues(db)
  await insertReferenceScenario(db)
  await sql`analyze`.execute(db)
  const count = async (table: string) => (await sql<{ n: number }>`select count(*)::integer as n from ${sql.table(table)}`.execute(db)).rows[0]?.n ?? 0
  return { regions: REGIONS, agreements: await count('agreement'), statusChanges: await count('sub_line_status'), values: await count('indicator_value') }
}
