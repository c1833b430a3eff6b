// The overview's and block 7 page's numbers as plain SQL (the benchmark's baseline, issue 13): the same
// statuses, trend counts and derived figures, each computed in the database in one query per figure.
import type { DB, Kysely } from '@bt/db'
import { sql } from 'kysely'

const statusesAsOf = (onDate: string, block: string | null) => sql`
  select distinct on (s.sub_line_id) s.sub_line_id, l.building_block, l.label, s.status, s.note, m.moment_date
  from sub_line_status s join decision_moment m on m.id = s.decision_moment_id join sub_line l on l.id = s.sub_line_id
  where m.moment_date <= ${onDate} and (${block}::text is null or l.building_block = ${block})
  order by s.sub_line_id, m.moment_date desc, s.id desc`

const trendCounts = (onDate: string, block: string | null) => sql`
  select m.id, l.building_block, x.status, count(*)::integer as n
  from decision_moment m cross join sub_line l
  cross join lateral (select s.status from sub_line_status s join decision_moment sm on sm.id = s.decision_moment_id
    where s.sub_line_id = l.id and sm.moment_date <= m.moment_date order by sm.moment_date desc, s.id desc limit 1) x
  where m.moment_date <= ${onDate} and (${block}::text is null or l.building_block = ${block})
  group by m.id, l.building_block, x.status`

const latestEnd = (key: string) => sql`(select max(period_end) from indicator_value where indicator_key = ${key} and area_level = 'region')`

/** Per region of today's indeling: places in the latest year (four quarters), share of beschermd thuis, tagged agreements. */
const block7PerRegion = (onDate: string) => sql`
  with regions as (select distinct region_code as code from region_membership where valid_from <= ${onDate} and (valid_to is null or valid_to > ${onDate})),
  housing as (select area_code, sum(value) as places, count(value) as quarters from indicator_value
    where indicator_key = 'housing_units_added' and area_level = 'region' and period like extract(year from ${latestEnd('housing_units_added')})::text || '-Q%' group by area_code),
  home as (select area_code, numerator, denominator from indicator_value where indicator_key = 'bw_home_share' and area_level = 'region' and period_end = ${latestEnd('bw_home_share')}),
  tagged as (select a.region_code, count(*)::integer as n from agreement a join agreement_revision r on r.agreement_id = a.id and r.revision = a.published_revision
    where r.snapshot -> 'buildingBlocks' @> '["national_agreements"]'::jsonb group by a.region_code)
  select g.code, case when h.quarters = 4 then h.places end as places, o.numerator, o.denominator, coalesce(t.n, 0) as agreements
  from regions g left join housing h on h.area_code = g.code left join home o on o.area_code = g.code left join tagged t on t.region_code = g.code`

/** The overview's numbers: every status now, the status trend of every block, and the derived headline figures. */
export async function overviewInSql(db: Kysely<DB>, onDate: string) {
  await statusesAsOf(onDate, null).execute(db)
  await sql`select distinct on (t.building_block) t.building_block, t.implementation from building_block_text t join decision_moment m on m.id = t.decision_moment_id
    where m.moment_date <= ${onDate} order by t.building_block, m.moment_date desc, t.id desc`.execute(db)
  await trendCounts(onDate, null).execute(db)
  await sql`with cv as (select distinct on (region_code) id, region_code from vision_version order by region_code, number desc),
    members as (select region_code, count(*) as n from region_membership where valid_from <= ${onDate} and (valid_to is null or valid_to > ${onDate}) group by region_code),
    adopted as (select cv.region_code, count(distinct a.municipality_code) as n from cv join council_adoption a on a.vision_version_id = cv.id group by cv.region_code)
    select count(*) filter (where ad.n >= mb.n) as fully, count(*) as regions from members mb left join adopted ad on ad.region_code = mb.region_code`.execute(db)
  await sql`select sum(places) as total, count(places) as reported, sum(numerator) / nullif(sum(denominator), 0) as home_share from (${block7PerRegion(onDate)}) x`.execute(db)
  await sql`select percentile_disc(0.5) within group (order by (r ->> 'changeBasisPoints')::integer) as median
    from scenario s, jsonb_array_elements(s.result -> 'regions') r where s.is_reference`.execute(db)
}

/** Block 7's page numbers: its statuses, timeline and trend, the per-region comparison and the first 200 tagged agreements. */
export async function block7PageInSql(db: Kysely<DB>, onDate: string) {
  await statusesAsOf(onDate, 'national_agreements').execute(db)
  await sql`select s.id, s.status, s.note, m.moment_date from sub_line_status s join decision_moment m on m.id = s.decision_moment_id join sub_line l on l.id = s.sub_line_id
    where l.building_block = 'national_agreements' and m.moment_date <= ${onDate} order by m.moment_date, s.id`.execute(db)
  await trendCounts(onDate, 'national_agreements').execute(db)
  await block7PerRegion(onDate).execute(db)
  await sql`select a.id, g.name, r.snapshot ->> 'title' as title from agreement a join agreement_revision r on r.agreement_id = a.id and r.revision = a.published_revision
    join region g on g.code = a.region_code where r.snapshot -> 'buildingBlocks' @> '["national_agreements"]'::jsonb order by g.name, a.id limit 200`.execute(db)
  await sql`select key, label from indicator where building_blocks @> '[7]'::jsonb`.execute(db)
}
