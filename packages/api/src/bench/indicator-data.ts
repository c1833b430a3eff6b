// Generated indicator data at ten times the real scale (issue 12): 3,420 municipalities in 440 regions,
// ten years of quarters. Inserted with INSERT … SELECT generate_series, so setting up takes seconds.
import { createDb, migrateToLatest, seedReferenceData, type DB, type Kysely } from '@bt/db'
import { sql } from 'kysely'

export const MUNICIPALITIES = 3420
export const REGIONS = 440
export const FIRST_YEAR = 2016
export const YEARS = 10

/** A fresh database: PostgreSQL when TEST_DATABASE_URL is set (a database of its own), else in-memory PGlite. */
export async function openBenchDb(name: string): Promise<{ db: Kysely<DB>; engine: string; close: () => Promise<void> }> {
  // eslint-disable-next-line no-restricted-properties -- bench only, like db/testing: which server to use
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const db = await createDb({ kind: 'pglite', dataDir: 'memory://' })
    await prepare(db)
    return { db, engine: 'PGlite', close: () => db.destroy() }
  }
  const admin = await createDb({ kind: 'postgres', url })
  const database = `bench_${name}_${Date.now()}`
  await sql.raw(`create database ${database}`).execute(admin)
  const target = new URL(url)
  target.pathname = `/${database}`
  const db = await createDb({ kind: 'postgres', url: target.toString() })
  await prepare(db)
  return {
    db,
    engine: 'PostgreSQL',
    close: async () => {
      await db.destroy()
      await sql.raw(`drop database ${database}`).execute(admin)
      await admin.destroy()
    },
  }
}

async function prepare(db: Kysely<DB>) {
  await migrateToLatest(db)
  await seedReferenceData(db)
  // Bench municipalities GM5000 … GM8419; region r is the municipality GM(5000 + r), its members every 440th.
  await sql`insert into municipality (code, name, province, inhabitants, inhabitants_reference_year)
    select 'GM' || (5000 + i), 'Bench ' || i, 'Bench', 20000 + (i * 37) % 80000, 2025 from generate_series(0, ${MUNICIPALITIES - 1}::integer) i`.execute(db)
  await sql`insert into municipality_statistic (municipality_code, reference_date, inhabitants, men, women, dwellings, density_per_km2_land, area_total_ha, area_land_ha, area_water_ha, source)
    select code, '2024-01-01', inhabitants, inhabitants / 2, inhabitants - inhabitants / 2, inhabitants / 2, 500, 5000, 4800, 200, 'bench' from municipality where province = 'Bench'`.execute(db)
  await sql`insert into region (code, name, slug) select 'GM' || (5000 + r), 'Bench regio ' || r, 'bench-' || r from generate_series(0, ${REGIONS - 1}::integer) r`.execute(db)
  const version = await sql<{ id: number }>`insert into indeling_version (kind, valid_from, note) values ('imported', '2015-01-01', 'bench') returning id`.execute(db)
  await sql`insert into region_membership (municipality_code, region_code, valid_from, indeling_version_id)
    select 'GM' || (5000 + i), 'GM' || (5000 + i % ${REGIONS}::integer), '2015-01-01', ${version.rows[0]!.id} from generate_series(0, ${MUNICIPALITIES - 1}::integer) i`.execute(db)
}

const QUARTERS = sql`(select y || '-Q' || q as period, (make_date(y, q * 3, 1) + interval '1 month' - interval '1 day')::date as period_end
  from generate_series(${FIRST_YEAR}::integer, ${FIRST_YEAR + YEARS - 1}::integer) y, generate_series(1, 4) q)`

/**
 * Every stored catalogue indicator for 40 quarters: those reported per municipality for all 3,420
 * (1 in 64 cells suppressed), the others per region for all 440 (ratios with numerator and denominator).
 * Returns the number of values.
 */
export async function insertBenchValues(db: Kysely<DB>): Promise<{ municipal: string[]; regional: string[]; rows: number }> {
  const indicators = await db.selectFrom('indicator').select(['key', 'levels', 'aggregation', 'origin']).execute()
  const stored = indicators.filter((i) => i.origin !== 'computed' && i.aggregation !== 'none')
  const municipal = stored.filter((i) => i.levels.includes('municipality')).map((i) => i.key)
  const regional = stored.filter((i) => !i.levels.includes('municipality') && i.levels.includes('region'))
  const suppressed = sql`(abs(hashtext(m.code || p.period || k)) % 64) = 0`
  await sql`insert into indicator_value (indicator_key, area_level, area_code, period, period_end, state, value, source, entered_by_label)
    select k, 'municipality', m.code, p.period, p.period_end,
      case when ${suppressed} then 'suppressed' else 'final' end,
      case when ${suppressed} then null else 100 + abs(hashtext(p.period || m.code)) % 900 end, 'bench', 'bench'
    from unnest(${municipal}::text[]) k, municipality m, ${QUARTERS} p where m.province = 'Bench'`.execute(db)
  for (const r of regional) {
    const value =
      r.aggregation === 'distribution' ? sql`abs(hashtext(g.code || p.period)) % 4` : r.aggregation === 'yes_share' ? sql`abs(hashtext(g.code || p.period)) % 2` : sql`10 + abs(hashtext(g.code || p.period)) % 90`
    const ratio = r.aggregation === 'ratio'
    await sql`insert into indicator_value (indicator_key, area_level, area_code, period, period_end, state, value, numerator, denominator, source, entered_by_label)
      select ${r.key}, 'region', g.code, p.period, p.period_end, 'final', ${value}, ${ratio ? sql`10 + abs(hashtext(g.code || p.period)) % 90` : sql`null`}, ${ratio ? sql`100` : sql`null`}, 'bench', 'bench'
      from region g, ${QUARTERS} p where g.slug like 'bench-%'`.execute(db)
  }
  await sql`analyze`.execute(db)
  const count = await sql<{ n: number }>`select count(*)::integer as n from indicator_value where source = 'bench'`.execute(db)
  return { municipal, regional: regional.map((r) => r.key), rows: count.rows[0]!.n }
}

/**
 * The baseline: the national aggregate per quarter in one plain SQL query — municipal values summed per
 * region under the membership of the quarter's end, only complete regions counted, then over the nation.
 */
export async function nationalSeriesInSql(db: Kysely<DB>, indicatorKey: string, period?: string) {
  const result = await sql<{ period: string; value: number; covered: number }>`
    with per_region as (
      select v.period, m.region_code, count(*) filter (where v.state in ('final', 'provisional', 'nil')) as covered, sum(v.value) as total
      from indicator_value v join region_membership m on m.municipality_code = v.area_code
        and m.valid_from <= v.period_end and (m.valid_to is null or m.valid_to > v.period_end)
      where v.indicator_key = ${indicatorKey} and v.area_level = 'municipality' ${period ? sql`and v.period = ${period}` : sql``}
      group by v.period, m.region_code
    ), members as (select region_code, count(*) as n from region_membership where valid_to is null group by region_code)
    select period, sum(total) filter (where covered = n) as value, (count(*) filter (where covered = n))::integer as covered
    from per_region join members using (region_code) group by period order by period`.execute(db)
  return result.rows
}

/** The baseline of the region comparison: one quarter per region in one plain SQL query. */
export async function regionComparisonInSql(db: Kysely<DB>, indicatorKey: string, period: string) {
  const result = await sql`
    select m.region_code, count(*) filter (where v.state in ('final', 'provisional', 'nil')) as covered, sum(v.value) as total
    from indicator_value v join region_membership m on m.municipality_code = v.area_code
      and m.valid_from <= v.period_end and (m.valid_to is null or m.valid_to > v.period_end)
    where v.indicator_key = ${indicatorKey} and v.area_level = 'municipality' and v.period = ${period}
    group by m.region_code`.execute(db)
  return result.rows
}
