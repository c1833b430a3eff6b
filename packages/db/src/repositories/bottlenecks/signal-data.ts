import { sql, type Kysely } from 'kysely'
import type { SignalEditionRegion } from '@bt/domain'
import type { DB } from '../../schema.ts'

// What the signals read that no other repository gives in one query: the regiovisie's confirmed
// adoptions per region, and the final region values of indicators that have a target.

/**
 * Per region on `onDate`: its members, its newest regiovisie's number (null when none) and the
 * confirmed adoptions of that version by its members, with their decision dates.
 */
export async function listVisionAdoptionStates(db: Kysely<DB>, params: { onDate: string }) {
  const result = await sql<{
    regionCode: string
    regionName: string
    versionNumber: number | null
    members: { code: string; name: string }[]
    adoptions: { municipalityCode: string; decisionDate: string }[]
  }>`
    with current_version as (
      select distinct on (region_code) id, region_code, number from vision_version order by region_code, number desc
    ), members as (
      select rm.region_code, rm.municipality_code, m.name
      from region_membership rm join municipality m on m.code = rm.municipality_code
      where rm.valid_from <= ${params.onDate} and (rm.valid_to is null or rm.valid_to > ${params.onDate})
    )
    select r.code as region_code, r.name as region_name, cv.number as version_number,
      coalesce((select jsonb_agg(jsonb_build_object('code', mb.municipality_code, 'name', mb.name) order by mb.name)
        from members mb where mb.region_code = r.code), '[]'::jsonb) as members,
      coalesce((select jsonb_agg(jsonb_build_object('municipalityCode', a.municipality_code, 'decisionDate', a.decision_date::text))
        from council_adoption a
        join members mb on mb.region_code = r.code and mb.municipality_code = a.municipality_code
        where a.vision_version_id = cv.id and a.confirmed_at is not null), '[]'::jsonb) as adoptions
    from region r left join current_version cv on cv.region_code = r.code
    order by r.code`.execute(db)
  return result.rows
}

/**
 * Final (confirmed) region values of every indicator with a target and a direction, one row per
 * indicator and region with its series sorted by period.
 */
export async function listTargetedRegionSeries(db: Kysely<DB>) {
  const result = await sql<{
    indicatorKey: string
    indicatorLabel: string
    buildingBlocks: number[]
    direction: string
    targetValue: number
    targetDate: string
    regionCode: string
    regionName: string
    series: { period: string; lastDay: string; value: number | null }[]
  }>`
    select i.key as indicator_key, i.label as indicator_label, i.building_blocks, i.direction,
      i.target_value, i.target_date::text as target_date, r.code as region_code, r.name as region_name,
      jsonb_agg(jsonb_build_object('period', v.period, 'lastDay', v.period_end::text, 'value', v.value) order by v.period_end) as series
    from indicator i
    join indicator_value v on v.indicator_key = i.key and v.area_level = 'region' and v.state = 'final'
    join region r on r.code = v.area_code
    where i.target_value is not null and i.target_date is not null and i.direction <> 'neither'
    group by i.key, i.label, i.building_blocks, i.direction, i.target_value, i.target_date, r.code, r.name
    order by i.key, r.code`.execute(db)
  return result.rows
}

/** Every region's part of the latest half-year edition (by reference date), with its disputes; none without an edition. */
export async function listLatestEditionRegions(db: Kysely<DB>) {
  const result = await sql<SignalEditionRegion>`
    with latest as (select id, key, label, due_date from edition order by reference_date desc, id desc limit 1)
    select l.key as edition_key, l.label as edition_label, l.due_date::text as due_date, er.region_code, r.name as region_name, er.state,
      coalesce((select jsonb_agg(jsonb_build_object('itemLabel', d.item_label, 'reason', d.reason) order by d.id)
        from edition_dispute d where d.edition_id = l.id and d.region_code = er.region_code), '[]'::jsonb) as disputes
    from latest l join edition_region er on er.edition_id = l.id join region r on r.code = er.region_code
    order by er.region_code`.execute(db)
  return result.rows
}
