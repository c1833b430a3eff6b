import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// A council's adoption of what its region puts before it (ADR 034): a version of the regiovisie
// (`council_adoption`) or a revision of the uitvoeringsplan (`plan_adoption`). The two tables differ
// only in the key of what is adopted, so one set of queries serves both, keyed by what is adopted.

/** What a council adopts: a regiovisie version or a plan revision. */
export type AdoptedKind = 'vision' | 'plan'

/** What each kind's rows call the number of what was adopted (the names the api's outputs and the portal read)… */
interface AdoptedNumber {
  vision: { versionNumber: number }
  plan: { revisionNumber: number }
}
/** … and what the lists add about it. */
interface AdoptedListed {
  vision: { visionVersionId: number }
  plan: { planRevisionId: number; revisionPublishedAt: Date }
}

const TABLES = {
  vision: {
    adoption: sql.table('council_adoption'),
    adopted: sql.table('vision_version'),
    key: sql.ref('vision_version_id'),
    listed: sql`a.vision_version_id, s.number as version_number`,
    numbered: sql`s.number as version_number`,
  },
  plan: {
    adoption: sql.table('plan_adoption'),
    adopted: sql.table('plan_revision'),
    key: sql.ref('plan_revision_id'),
    listed: sql`a.plan_revision_id, s.number as revision_number, s.published_at as revision_published_at`,
    numbered: sql`s.number as revision_number`,
  },
} satisfies Record<AdoptedKind, unknown>

/** Every council adoption of any version or revision of a region's document, with municipality, by municipality then newest first. */
export async function listAdoptions<K extends AdoptedKind>(db: Kysely<DB>, kind: K, params: { regionCode: string }) {
  const t = TABLES[kind]
  const result = await sql<
    {
      id: number
      municipalityCode: string
      municipalityName: string
      decisionDate: string
      decisionUrl: string
      recordedAt: Date
      recordedByLabel: string
      confirmedAt: Date | null
      confirmedByLabel: string | null
    } & AdoptedNumber[K] &
      AdoptedListed[K]
  >`
    select a.id, a.municipality_code, m.name as municipality_name, ${t.listed}, a.decision_date, a.decision_url,
      a.recorded_at, a.recorded_by_label, a.confirmed_at, a.confirmed_by_label
    from ${t.adoption} a
    join ${t.adopted} s on s.id = a.${t.key}
    join municipality m on m.code = a.municipality_code
    where s.region_code = ${params.regionCode}
    order by m.name, s.number desc`.execute(db)
  return result.rows
}

/** Record a council's adoption (confirmed at once when `confirmedByLabel` is given); returns its id. */
export async function insertAdoption(
  trx: Transaction<DB>,
  kind: AdoptedKind,
  params: {
    municipalityCode: string
    adoptedId: number
    decisionDate: string
    decisionUrl: string
    authorLabel: string
    /** The signatory recording their own council's adoption confirms it at once (issue 19 item 8). */
    confirmedByLabel: string | null
    now: Date
  },
) {
  const t = TABLES[kind]
  const confirmedAt = params.confirmedByLabel === null ? null : params.now
  const result = await sql<{ id: number }>`
    insert into ${t.adoption} (municipality_code, ${t.key}, decision_date, decision_url,
      recorded_by_label, recorded_at, confirmed_at, confirmed_by_label)
    values (${params.municipalityCode}, ${params.adoptedId}, ${params.decisionDate}, ${params.decisionUrl},
      ${params.authorLabel}, ${params.now}, ${confirmedAt}, ${params.confirmedByLabel})
    returning id`.execute(trx)
  const row = result.rows[0]
  if (!row) throw new Error('No adoption stored')
  return row.id
}

/** One adoption with its municipality and the region and number of what it adopts, or undefined. */
export async function findAdoption<K extends AdoptedKind>(db: Kysely<DB>, kind: K, params: { id: number }) {
  const t = TABLES[kind]
  const result = await sql<
    { id: number; municipalityCode: string; municipalityName: string; confirmedAt: Date | null; regionCode: string; regionSlug: string } & AdoptedNumber[K]
  >`
    select a.id, a.municipality_code, m.name as municipality_name, a.confirmed_at, s.region_code, r.slug as region_slug, ${t.numbered}
    from ${t.adoption} a
    join ${t.adopted} s on s.id = a.${t.key}
    join region r on r.code = s.region_code
    join municipality m on m.code = a.municipality_code
    where a.id = ${params.id}`.execute(db)
  return result.rows[0]
}

/** Mark an adoption confirmed by the municipality's signatory (once). */
export async function confirmAdoption(trx: Transaction<DB>, kind: AdoptedKind, params: { id: number; authorLabel: string; now: Date }) {
  await sql`
    update ${TABLES[kind].adoption} set confirmed_at = ${params.now}, confirmed_by_label = ${params.authorLabel}
    where id = ${params.id} and confirmed_at is null`.execute(trx)
}
