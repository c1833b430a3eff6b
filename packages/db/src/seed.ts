// Vite inlines `?raw` imports; this reference brings their type to packages that compile db from source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./raw.d.ts" />
import {
  BUILDING_BLOCK_STATUS_SEED,
  MATRIX_EFFECTS,
  MATRIX_ROWS,
  matrixEffectKey,
  NVO_AGREEMENTS,
  NVO_THEMES,
  defaultRegionName,
  parseCsv,
  regionSlug,
  type StatusKey,
} from '@bt/domain'
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { findSetting, putSetting } from './repositories/settings.ts'
import type { DB } from './schema.ts'
import { INDICATOR_REFERENCE_INPUTS, seedIndicatorReferenceData } from './seed-indicators.ts'
import municipalitiesCsv from './seed-data/gemeenten_inwoners.csv?raw'
import exampleIndelingCsv from './seed-data/regio_indeling_voorbeeld.csv?raw'

/** The year of the municipal set the inhabitant counts belong to (seed-data/README.md). */
const INHABITANTS_REFERENCE_YEAR = 2025
/** From when the example indeling holds: the 2025 municipal boundaries it is built on. */
const EXAMPLE_INDELING_VALID_FROM = '2025-01-01'
/** The seeded picture of autumn 2020 prepared the BO of 7 December 2020 (DOMAIN.md §2). */
const FIRST_MOMENT_LABEL = 'Stand voor het BO van 7 december 2020'

/** The setting that holds the fingerprint of the reference data last seeded. */
const REFERENCE_DATA_SETTING = 'reference_data_fingerprint'

/**
 * Insert the reference data that every installation needs: municipalities, the example indeling
 * (only when no indeling exists yet), NvO texts and the building-block statuses of the seed.
 * Idempotent: existing rows, including an administrator's edits, are left alone. A database seeded
 * with the very same data and seeding code is left alone at once (one read instead of 2–3.6 s of
 * inserts that change nothing on every start, issue 20).
 */
export async function seedReferenceData(db: Kysely<DB>): Promise<void> {
  const fingerprint = referenceDataFingerprint()
  if ((await findSetting(db, { key: REFERENCE_DATA_SETTING })) === fingerprint) return
  await db.transaction().execute(async (trx) => {
    await seedMunicipalities(trx)
    await seedExampleIndeling(trx)
    await seedReferenceTexts(trx)
    await seedBuildingBlockStatuses(trx)
    await seedIndicatorReferenceData(trx)
    await putSetting(trx, { key: REFERENCE_DATA_SETTING, value: fingerprint })
  })
}

/**
 * A hash of everything the seed inserts: the data files, the domain's lists and the seeding code
 * itself (the functions' source, so a new or changed step seeds again without anyone bumping a version).
 */
export function referenceDataFingerprint(): string {
  const steps = [seedReferenceData, seedMunicipalities, seedExampleIndeling, seedReferenceTexts, seedBuildingBlockStatuses, seedIndicatorReferenceData]
  const inputs = [
    municipalitiesCsv,
    exampleIndelingCsv,
    JSON.stringify([NVO_AGREEMENTS, NVO_THEMES, MATRIX_ROWS, MATRIX_EFFECTS, BUILDING_BLOCK_STATUS_SEED, INHABITANTS_REFERENCE_YEAR, EXAMPLE_INDELING_VALID_FROM, FIRST_MOMENT_LABEL]),
    ...INDICATOR_REFERENCE_INPUTS,
    ...steps.map((step) => step.toString()),
  ]
  const hash = createHash('sha256')
  for (const input of inputs) hash.update(input).update('\0')
  return hash.digest('hex')
}

async function seedMunicipalities(db: Kysely<DB>): Promise<void> {
  const rows = parseCsv(municipalitiesCsv).map((r) => ({
    code: required(r, 'gemeentecode'),
    name: required(r, 'gemeentenaam'),
    province: required(r, 'provincie'),
    inhabitants: Number(required(r, 'inwoners')),
    inhabitantsReferenceYear: INHABITANTS_REFERENCE_YEAR,
    areaKm2: r.oppervlakte_km2 ? Number(r.oppervlakte_km2) : null,
  }))
  await db.insertInto('municipality').values(rows).onConflict((oc) => oc.column('code').doNothing()).execute()
}

async function seedExampleIndeling(db: Kysely<DB>): Promise<void> {
  const existing = await db.selectFrom('indelingVersion').select('id').limit(1).executeTakeFirst()
  if (existing) return
  const rows = parseCsv(exampleIndelingCsv)
  const centres = new Map(rows.map((r) => [required(r, 'centrumgemeentecode'), required(r, 'centrumgemeentenaam')]))
  const regions = [...centres].map(([code, centreName]) => {
    const name = defaultRegionName(centreName)
    return { code, name, slug: regionSlug(name) }
  })
  await db.insertInto('region').values(regions).onConflict((oc) => oc.column('code').doNothing()).execute()
  const version = await db
    .insertInto('indelingVersion')
    .values({
      kind: 'example',
      validFrom: EXAMPLE_INDELING_VALID_FROM,
      note: 'Voorbeeldindeling uit shared/data/regio_indeling_voorbeeld.csv',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('regionMembership')
    .values(
      rows.map((r) => ({
        municipalityCode: required(r, 'gemeentecode'),
        regionCode: required(r, 'centrumgemeentecode'),
        validFrom: EXAMPLE_INDELING_VALID_FROM,
        indelingVersionId: version.id,
      })),
    )
    .execute()
}

async function seedReferenceTexts(db: Kysely<DB>): Promise<void> {
  const texts = [
    ...NVO_AGREEMENTS.map((a) => ({ kind: 'nvo_agreement' as const, key: a.key, title: a.title, body: a.text })),
    ...NVO_THEMES.map((t) => ({ kind: 'nvo_theme' as const, key: t.key, title: t.label, body: '' })),
    // The choice matrix's effects as the handreiking lists them (seed 004), for an administrator to correct.
    ...MATRIX_ROWS.flatMap((row) =>
      row.options.flatMap((option) =>
        MATRIX_EFFECTS.map((effect) => ({
          kind: 'finance_matrix_effect' as const,
          key: matrixEffectKey(row.key, option.key, effect.key),
          title: `${option.label.split(' (')[0] ?? option.label}: ${effect.label.toLowerCase()}`,
          body: option.effects[effect.key],
        })),
      ),
    ),
  ]
  await db
    .insertInto('referenceText')
    .values(texts)
    .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
    .execute()
}

/** The 2020 picture becomes the first decision moment; skipped once any moment exists. */
async function seedBuildingBlockStatuses(db: Kysely<DB>): Promise<void> {
  const existing = await db.selectFrom('decisionMoment').select('id').limit(1).executeTakeFirst()
  if (existing) return
  const { asOf, source, blocks } = BUILDING_BLOCK_STATUS_SEED
  const note = `Overgenomen uit: ${source}`
  const moment = await db
    .insertInto('decisionMoment')
    .values({ momentDate: asOf, label: FIRST_MOMENT_LABEL, createdByLabel: 'systeem' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const lines = await db
    .insertInto('subLine')
    .values(blocks.flatMap((b) => b.subLines.map((line, i) => ({ buildingBlock: b.buildingBlock, key: line.key, label: line.label, position: i + 1 }))))
    .returning(['id', 'buildingBlock', 'key'])
    .execute()
  const statusOf = new Map(blocks.flatMap((b) => b.subLines.map((line) => [`${b.buildingBlock}/${line.key}`, line.status])))
  await db
    .insertInto('subLineStatus')
    .values(
      lines.map((l) => ({
        subLineId: l.id,
        decisionMomentId: moment.id,
        status: seededStatus(statusOf, `${l.buildingBlock}/${l.key}`),
        note,
        recordedByLabel: 'systeem',
      })),
    )
    .execute()
  await db
    .insertInto('buildingBlockText')
    .values(
      blocks.map((b) => ({
        buildingBlock: b.buildingBlock,
        decisionMomentId: moment.id,
        explanation: b.explanation,
        implementation: b.implementation,
        note,
        recordedByLabel: 'systeem',
      })),
    )
    .execute()
}

/** A seeded sub-line's status; the seed lists every sub-line it creates. */
function seededStatus(statusOf: ReadonlyMap<string, StatusKey>, line: string): StatusKey {
  const status = statusOf.get(line)
  if (!status) throw new Error(`The status seed lacks sub-line ${line}`)
  return status
}

function required(record: Record<string, string>, column: string): string {
  const value = record[column]?.trim()
  if (!value) throw new Error(`Seed CSV row lacks ${column}: ${JSON.stringify(record)}`)
  return value
}
