import {
  BUILDING_BLOCKS,
  financialPicturePart,
  NVO_AGREEMENT_KEYS,
  PICTURE_SHAPE_VERSION,
  PLAN_ELEMENT_KEYS,
  readFinancialAgreement,
  type EditionPicture,
  type IndicatorSeries,
  type NvoAgreementKey,
} from '@bt/domain'
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../schema.ts'

const CLOSED_STAGES = new Set(['gerealiseerd', 'vervallen'])

/**
 * A region's picture as it stands now, from its published records: NvO levels with explanations,
 * each indicator's latest region value with its own period, published agreements with stages and
 * delays, published plan elements, the current regiovisie's adoptions and the published financial
 * agreement. Also each indicator's
 * earlier values (same kind of period), for the consistency band.
 */
export async function takeRegionPicture(
  db: Kysely<DB>,
  params: { regionCode: string; onDate: string; now: Date },
): Promise<{ picture: EditionPicture; series: IndicatorSeries }> {
  const { regionCode, onDate } = params
  const [region, levels, agreements, plan, adoptions, values, financialAgreement] = await Promise.all([
    db.selectFrom('region').select(['code', 'name']).where('code', '=', regionCode).executeTakeFirstOrThrow(),
    db.selectFrom('nvoLevel').select(['nvoAgreement', 'level', 'explanation']).where('regionCode', '=', regionCode).execute(),
    db
      .selectFrom('agreement as a')
      .innerJoin('agreementRevision as r', (join) => join.onRef('r.agreementId', '=', 'a.id').onRef('r.revision', '=', 'a.publishedRevision'))
      .select(['a.id', 'r.snapshot'])
      .where('a.regionCode', '=', regionCode)
      .orderBy('a.id')
      .execute(),
    db.selectFrom('planElement').select(['element', 'publishedStatus']).where('regionCode', '=', regionCode).execute(),
    adoptionCount(db, regionCode, onDate),
    db
      .selectFrom('indicatorValue as v')
      .innerJoin('indicator as i', 'i.key', 'v.indicatorKey')
      .select(['v.indicatorKey', 'i.label', 'i.unit', 'i.buildingBlocks', 'i.position', 'v.period', 'v.periodEnd', 'v.value', 'v.state'])
      .where('v.areaLevel', '=', 'region')
      .where('v.areaCode', '=', regionCode)
      .where('v.periodEnd', '<=', onDate)
      .orderBy('i.position')
      .orderBy('v.periodEnd')
      .execute(),
    publishedFinancialPart(db, regionCode),
  ])

  const levelByKey = new Map(levels.map((l) => [l.nvoAgreement, l]))
  const planByKey = new Map(plan.map((p) => [p.element, p.publishedStatus]))
  const latest = new Map<string, (typeof values)[number]>()
  for (const v of values) latest.set(v.indicatorKey, v)
  const series: Record<string, number[]> = {}
  for (const v of values) {
    const last = latest.get(v.indicatorKey)
    if (!last || v === last || v.value === null || v.period.length !== last.period.length) continue
    ;(series[v.indicatorKey] ??= []).push(v.value)
  }

  const picture: EditionPicture = {
    shapeVersion: PICTURE_SHAPE_VERSION,
    takenAt: params.now.toISOString(),
    regionCode: region.code,
    regionName: region.name,
    levels: NVO_AGREEMENT_KEYS.filter((key) => levelByKey.has(key)).map((key: NvoAgreementKey) => ({
      nvoAgreement: key,
      level: levelByKey.get(key)?.level ?? 0,
      explanation: levelByKey.get(key)?.explanation ?? '',
    })),
    indicators: [...latest.values()].map((v) => ({
      key: v.indicatorKey,
      label: v.label,
      unit: v.unit,
      period: v.period,
      periodEnd: v.periodEnd,
      value: v.value,
      state: v.state,
      buildingBlocks: BUILDING_BLOCKS.filter((b) => v.buildingBlocks.includes(b.number)).map((b) => b.key),
    })),
    agreements: agreements.map(({ id, snapshot }) => {
      const stage = text(snapshot.stage) ?? 'concept'
      const dueDate = text(snapshot.dueDate)
      return {
        id,
        title: text(snapshot.title) ?? '',
        stage,
        dueDate,
        plannedDate: text(snapshot.plannedDate),
        delayCount: Array.isArray(snapshot.delays) ? snapshot.delays.length : 0,
        overdue: dueDate !== null && dueDate < onDate && !CLOSED_STAGES.has(stage),
        nvoAgreements: texts(snapshot.nvoAgreements),
        conditions: texts(snapshot.conditions),
        buildingBlocks: texts(snapshot.buildingBlocks),
      }
    }),
    planElements: PLAN_ELEMENT_KEYS.map((element) => ({ element, status: planByKey.get(element) ?? 'not_started' })),
    adoptions,
    financialAgreement,
  }
  return { picture, series }
}

/** The region's published financial agreement as the picture holds it; null while none is published. */
async function publishedFinancialPart(db: Kysely<DB>, regionCode: string): Promise<EditionPicture['financialAgreement']> {
  const row = await db
    .selectFrom('financialAgreement')
    .select(['publishedContent', 'publishedVersion', 'publishedAt'])
    .where('regionCode', '=', regionCode)
    .executeTakeFirst()
  if (!row?.publishedContent || row.publishedVersion === null || row.publishedAt === null) return null
  const content = readFinancialAgreement(row.publishedContent)
  const ids = content.choices.flatMap((c) => (c.scenarioId ? [c.scenarioId] : []))
  const codes = content.strategy.map((s) => s.municipalityCode)
  const [scenarios, municipalities] = await Promise.all([
    // A scenario made private since it was linked keeps its name to its owner.
    ids.length === 0 ? [] : db.selectFrom('scenario').select(['id', 'name']).where('id', 'in', ids).where('visibility', '!=', 'private').execute(),
    codes.length === 0 ? [] : db.selectFrom('municipality').select(['code', 'name']).where('code', 'in', codes).execute(),
  ])
  return financialPicturePart(
    content,
    { version: row.publishedVersion, at: row.publishedAt },
    { scenarios: new Map(scenarios.map((s) => [s.id, s.name])), municipalities: new Map(municipalities.map((m) => [m.code, m.name])) },
  )
}

async function adoptionCount(db: Kysely<DB>, regionCode: string, onDate: string): Promise<EditionPicture['adoptions']> {
  const result = await sql<{ title: string | null; councils: number; adopted: number }>`
    with members as (
      select municipality_code from region_membership
      where region_code = ${regionCode} and valid_from <= ${onDate} and (valid_to is null or valid_to > ${onDate})
    ), current_version as (
      select id, title from vision_version where region_code = ${regionCode} order by number desc limit 1
    )
    select (select title from current_version) as title,
      (select count(*) from members)::int as councils,
      (select count(distinct a.municipality_code) from council_adoption a
        join current_version cv on cv.id = a.vision_version_id
        where a.municipality_code in (select municipality_code from members) and a.decision_date <= ${onDate})::int as adopted`.execute(db)
  const row = result.rows[0]
  return { visionTitle: row?.title ?? null, councils: row?.councils ?? 0, adopted: row?.adopted ?? 0 }
}

// A revision's snapshot is stored JSON: read each field for what it is.
function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
