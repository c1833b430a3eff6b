// The baseline of the signals benchmark: how many signals of each kind hold, in plain SQL over the
// same published records (no evidence, no links, no storing). The indicator kind is left out: its
// target path per period is the pure function's job and has no short SQL form.
import type { DB, Kysely } from '@bt/db'
import type { SignalThresholds } from '@bt/domain'
import { sql } from 'kysely'

/** Signals per kind that hold on `today`, counted in SQL. */
export async function countSignalsInSql(db: Kysely<DB>, today: string, t: SignalThresholds) {
  const result = await sql<{ kind: string; n: number }>`
    with published as (
      select a.id, a.region_code, r.snapshot from agreement a
      join agreement_revision r on r.agreement_id = a.id and r.revision = a.published_revision
    ), open_published as (
      select * from published where snapshot->>'stage' in ('concept', 'vastgesteld', 'in_uitvoering')
    ), counting as (
      select * from published where snapshot->>'stage' <> 'vervallen'
    ), covered_conditions as (
      select region_code, count(distinct c) as n from counting, jsonb_array_elements_text(snapshot->'conditions') c group by region_code
    ), covered_nvo as (
      select region_code, count(distinct k) as n from counting, jsonb_array_elements_text(snapshot->'nvoAgreements') k group by region_code
    ), members as (
      select region_code, municipality_code from region_membership
      where valid_from <= ${today} and (valid_to is null or valid_to > ${today})
    ), current_version as (
      select distinct on (region_code) id, region_code from vision_version order by region_code, number desc
    ), adopted as (
      select cv.region_code, count(distinct a.municipality_code) as n from current_version cv
      join council_adoption a on a.vision_version_id = cv.id and a.confirmed_at is not null and a.decision_date <= ${t.visionAdoptionDeadline}
      join members m on m.region_code = cv.region_code and m.municipality_code = a.municipality_code
      group by cv.region_code
    ), latest_status as (
      select distinct on (s.sub_line_id) s.status, s.planned_date from sub_line_status s join decision_moment m on m.id = s.decision_moment_id
      where m.moment_date <= ${today} order by s.sub_line_id, m.moment_date desc, s.id desc
    ), latest_edition as (
      select id, due_date from edition order by reference_date desc, id desc limit 1
    ), reference_regions as (
      select x.value->'amountsByYear' as amounts from scenario s, jsonb_array_elements(s.result->'regions') x where s.is_reference
    )
    select 'agreement_overdue' as kind, count(*)::int as n from open_published where (snapshot->>'dueDate') < ${today}
    union all
    select 'agreement_delayed', count(*)::int from open_published
      where jsonb_array_length(snapshot->'delays') > 0
        and ((snapshot->'delays'->-1->>'newDate')::date - coalesce(snapshot->'delays'->0->>'previousDate', snapshot->>'plannedDate')::date) > ${t.agreementDelayDays}
    union all
    select 'condition_uncovered', count(*)::int from region r left join covered_conditions c on c.region_code = r.code where coalesce(c.n, 0) < 8
    union all
    select 'nvo_uncovered', count(*)::int from region r left join covered_nvo c on c.region_code = r.code where coalesce(c.n, 0) < 8
    union all
    select 'vision_not_adopted', case when ${today} > ${t.visionAdoptionDeadline} then count(*)::int else 0 end from region r
      where (select count(*) from members m where m.region_code = r.code) > coalesce((select n from adopted a where a.region_code = r.code), 0)
    union all
    select 'budget_drop', count(*)::int from reference_regions rr
      where exists (select 1 from jsonb_array_elements_text(rr.amounts) with ordinality as y(v, i)
        join jsonb_array_elements_text(rr.amounts) with ordinality as p(v, i) on p.i = y.i - 1
        where p.v::bigint > 0 and (p.v::bigint - y.v::bigint) * 100 > ${t.budgetDropPercent} * p.v::bigint)
    union all
    select 'sub_line_pending', count(*)::int from latest_status where status = 'pending' and planned_date < ${today}
    union all
    select 'edition_disputed', count(distinct (d.region_code))::int from latest_edition e
      join edition_region er on er.edition_id = e.id join edition_dispute d on d.edition_id = e.id and d.region_code = er.region_code
    union all
    select 'edition_not_reported', count(*)::int from latest_edition e join edition_region er on er.edition_id = e.id
      where er.state in ('not_started', 'draft', 'returned') and e.due_date < ${today}`.execute(db)
  return Object.fromEntries(result.rows.map((r) => [r.kind, r.n]))
}
