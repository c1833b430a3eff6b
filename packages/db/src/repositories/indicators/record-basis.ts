import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

/**
 * One record behind a record indicator for one region (issue 12 item 3: "with the records that made
 * it listed where it is shown"): a council, an NvO agreement, a condition or an agreement, whether it
 * counts toward the numerator, and the published agreements that show it. The filters are those of
 * `countRecordIndicators`, so the rows that count are its numerator and all rows its denominator.
 */
export interface RecordBasisRow {
  key: string
  counts: boolean
  /** A council's decision date, or an agreement's planned date. */
  date: string | null
  /** An NvO level, an agreement's stage and delays: what decided `counts`. */
  level: number | null
  stage: string | null
  delayCount: number | null
  agreements: { id: number; title: string }[]
}

type Key = 'regional_vision_adopted' | 'nvo_agreements_met' | 'conditions_covered' | 'agreements_on_time'

/** The published agreement revisions of a region on a date (not lapsed), as countRecordIndicators reads them. */
const published = (regionCode: string, onDate: string) => sql`
  select a.id, r.snapshot from agreement a
  join agreement_revision r on r.agreement_id = a.id and r.revision = a.published_revision
  where a.region_code = ${regionCode} and a.published_at::date <= ${onDate} and r.snapshot->>'stage' <> 'vervallen'`

/** The records behind one record indicator for one region on a date. */
export async function listRecordBasis(db: Kysely<DB>, params: { key: Key; regionCode: string; onDate: string; nvoEditionId: number | null }): Promise<RecordBasisRow[]> {
  const { regionCode, onDate } = params
  switch (params.key) {
    case 'regional_vision_adopted': {
      // Each member council on the date, with its earliest confirmed adoption of the region's vision.
      const rows = await sql<{ key: string; date: string | null }>`
        select m.municipality_code as key, min(a.decision_date)::text as date
        from region_membership m
        left join council_adoption a on a.municipality_code = m.municipality_code and a.confirmed_at is not null
          and a.decision_date <= ${onDate}
          and exists (select 1 from vision_version v where v.id = a.vision_version_id and v.region_code = m.region_code)
        where m.region_code = ${regionCode} and m.valid_from <= ${onDate} and (m.valid_to is null or m.valid_to > ${onDate})
        group by m.municipality_code order by m.municipality_code`.execute(db)
      return rows.rows.map((r) => ({ key: r.key, counts: r.date !== null, date: r.date, level: null, stage: null, delayCount: null, agreements: [] }))
    }
    case 'nvo_agreements_met': {
      const rows = params.nvoEditionId === null
        ? await sql<{ key: string; level: number }>`select nvo_agreement as key, level from nvo_level where region_code = ${regionCode}`.execute(db)
        : await sql<{ key: string; level: number }>`
            select l.level ->> 'nvoAgreement' as key, (l.level ->> 'level')::integer as level
            from edition_region er, jsonb_array_elements(er.picture -> 'levels') as l(level)
            where er.edition_id = ${params.nvoEditionId} and er.region_code = ${regionCode} and er.picture is not null`.execute(db)
      return rows.rows.map((r) => ({ key: r.key, counts: r.level >= 3, date: null, level: r.level, stage: null, delayCount: null, agreements: [] }))
    }
    case 'conditions_covered': {
      // Every published agreement with the conditions it names; the API lists all eight conditions.
      const rows = await sql<{ key: string; id: number; title: string }>`
        with p as (${published(regionCode, onDate)})
        select c.value as key, p.id, p.snapshot->>'title' as title
        from p, jsonb_array_elements_text(p.snapshot->'conditions') c order by p.snapshot->>'title'`.execute(db)
      const byCondition = new Map<string, { id: number; title: string }[]>()
      for (const r of rows.rows) byCondition.set(r.key, [...(byCondition.get(r.key) ?? []), { id: r.id, title: r.title }])
      return [...byCondition].map(([key, agreements]) => ({ key, counts: true, date: null, level: null, stage: null, delayCount: null, agreements }))
    }
    case 'agreements_on_time': {
      const rows = await sql<{ id: number; title: string; date: string; stage: string; delayCount: number }>`
        with p as (${published(regionCode, onDate)})
        select id, snapshot->>'title' as title, snapshot->>'plannedDate' as date, snapshot->>'stage' as stage,
          jsonb_array_length(coalesce(snapshot->'delays', '[]'::jsonb))::integer as delay_count
        from p where (snapshot->>'plannedDate') is not null and (snapshot->>'plannedDate') <= ${onDate}
        order by snapshot->>'plannedDate', id`.execute(db)
      return rows.rows.map((r) => ({
        key: String(r.id),
        counts: r.stage === 'gerealiseerd' && r.delayCount === 0,
        date: r.date,
        level: null,
        stage: r.stage,
        delayCount: r.delayCount,
        agreements: [{ id: r.id, title: r.title }],
      }))
    }
  }
}
