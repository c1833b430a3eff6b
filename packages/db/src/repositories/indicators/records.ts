import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/** A computed share for one region: numerator over denominator, and the records that made it. */
export interface RecordShare {
  regionCode: string
  numerator: number
  denominator: number
}

/**
 * The four indicators computed from the records (INDICATORS.md), per region, on a date. Only published
 * agreement revisions and confirmed council adoptions count: drafts never reach a figure. NvO levels are
 * those in the regions' pictures of the latest edition frozen by that date (confirmed with VNG; a region
 * without a picture in it has no figure); before any edition is frozen, the levels the regions propose.
 * NvO agreements and conditions count over every region of the indeling on the date: a region with no
 * level at 3 or no published agreement has 0 of 8, as its list of records shows, never no figure.
 */
export async function countRecordIndicators(db: Kysely<DB>, params: { onDate: string }) {
  const onDate = params.onDate
  const regions = sql`
    select distinct region_code from region_membership
    where valid_from <= ${onDate} and (valid_to is null or valid_to > ${onDate})`
  // Independent reads: on a server they run side by side.
  const councilsRead = sql<RecordShare>`
    select m.region_code, count(distinct a.municipality_code) filter (where a.id is not null)::integer as numerator,
      count(distinct m.municipality_code)::integer as denominator
    from region_membership m
    left join council_adoption a on a.municipality_code = m.municipality_code and a.confirmed_at is not null
      and a.decision_date <= ${onDate}
      and exists (select 1 from vision_version v where v.id = a.vision_version_id and v.region_code = m.region_code)
    where m.valid_from <= ${onDate} and (m.valid_to is null or m.valid_to > ${onDate})
    group by m.region_code`.execute(db)
  const published = sql`
    select a.region_code, r.snapshot from agreement a
    join agreement_revision r on r.agreement_id = a.id and r.revision = a.published_revision
    where a.published_at::date <= ${onDate} and r.snapshot->>'stage' <> 'vervallen'`
  // Both agreement shares from one read of the published revisions.
  const sharesRead = sql<RecordShare & { share: 'conditions' | 'on_time' }>`
    with p as (${published}),
      c as (select p.region_code, c.value from p, jsonb_array_elements_text(p.snapshot->'conditions') c)
    select 'conditions' as share, g.region_code, count(distinct c.value)::integer as numerator, 8 as denominator
    from (${regions}) g left join c on c.region_code = g.region_code group by g.region_code
    union all
    select 'on_time' as share, region_code,
      (count(*) filter (where snapshot->>'stage' = 'gerealiseerd' and jsonb_array_length(coalesce(snapshot->'delays', '[]'::jsonb)) = 0))::integer as numerator,
      count(*)::integer as denominator
    from p where (snapshot->>'plannedDate') is not null and (snapshot->>'plannedDate') <= ${onDate}
    group by region_code`.execute(db)
  const [edition, councils, shares] = await Promise.all([findNvoLevelsEdition(db, { onDate }), councilsRead, sharesRead])
  const levels = await (edition
    ? sql<RecordShare>`
        select er.region_code, (count(l.level) filter (where (l.level ->> 'level')::integer >= 3))::integer as numerator, 8 as denominator
        from edition_region er left join lateral jsonb_array_elements(er.picture -> 'levels') as l(level) on true
        where er.edition_id = ${edition.id} and er.picture is not null group by er.region_code`
    : sql<RecordShare>`
        select g.region_code, (count(l.level) filter (where l.level >= 3))::integer as numerator, 8 as denominator
        from (${regions}) g left join nvo_level l on l.region_code = g.region_code group by g.region_code`
  ).execute(db)
  const sharesOf = (share: 'conditions' | 'on_time') => shares.rows.filter((r) => r.share === share).map(({ share: _, ...row }) => row)
  return {
    regional_vision_adopted: councils.rows,
    nvo_agreements_met: levels.rows,
    conditions_covered: sharesOf('conditions'),
    agreements_on_time: sharesOf('on_time'),
    /** The frozen edition whose pictures gave the NvO levels; null: the regions' proposed levels. */
    nvoLevelsEdition: edition ? { key: edition.key, label: edition.label } : null,
  }
}

/** The latest edition frozen by a date: its pictures hold the NvO levels confirmed with VNG. */
export async function findNvoLevelsEdition(db: Kysely<DB>, params: { onDate: string }) {
  return db
    .selectFrom('edition')
    .select(['id', 'key', 'label'])
    .where('state', '=', 'frozen')
    .where(sql<boolean>`frozen_at::date <= ${params.onDate}::date`)
    .orderBy('frozenAt', 'desc')
    .executeTakeFirst()
}
