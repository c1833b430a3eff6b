import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../schema.ts'
import type { CalcWlzClientGroupTable } from '../../schema-calc.ts'

const DATASET_COLUMNS = [
  'id',
  'label',
  'kind',
  'budgetYear',
  'macroBudgetCents',
  'moMacroBudgetCents',
  'note',
  'createdAt',
] as const

/** Today's calculation data: the newest data set, or undefined when none exists. */
export async function findCurrentCalcDataset(db: Kysely<DB>) {
  return db
    .selectFrom('calcDataset')
    .select(DATASET_COLUMNS)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

/** One data set by id, or undefined. */
export async function findCalcDataset(db: Kysely<DB>, params: { id: number }) {
  return db
    .selectFrom('calcDataset')
    .select(DATASET_COLUMNS)
    .where('id', '=', params.id)
    .executeTakeFirst()
}

/** Every data set, newest first, with who imported it. */
export async function listCalcDatasets(db: Kysely<DB>) {
  return db
    .selectFrom('calcDataset as d')
    .leftJoin('appUser as u', 'u.id', 'd.createdBy')
    .select([
      'd.id',
      'd.label',
      'd.kind',
      'd.budgetYear',
      'd.macroBudgetCents',
      'd.moMacroBudgetCents',
      'd.note',
      'd.createdAt',
      'u.name as createdByName',
    ])
    .orderBy('d.createdAt', 'desc')
    .orderBy('d.id', 'desc')
    .execute()
}

/** Whether any data set exists (the demo seed adds the example only to an empty installation). */
export async function hasCalcDataset(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('calcDataset').select('id').limit(1).executeTakeFirst()) !== undefined
}

/** Every input of one data set: historical amounts, measures, measure values, sharing bases, Wlz groups. */
export async function loadCalcInputs(db: Kysely<DB>, params: { datasetId: number }) {
  const { datasetId } = params
  const [historical, measures, values, sharingBases, wlzGroups] = await Promise.all([
    db
      .selectFrom('calcHistoricalAmount')
      .select(['municipalityCode', 'amountCents', 'moAmountCents'])
      .where('datasetId', '=', datasetId)
      .orderBy('municipalityCode')
      .execute(),
    db
      .selectFrom('calcMeasure')
      .select(['key', 'label', 'weight', 'perInhabitant', 'budget'])
      .where('datasetId', '=', datasetId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('calcMeasureValue')
      .select(['measureKey', 'municipalityCode', 'value'])
      .where('datasetId', '=', datasetId)
      .execute(),
    db
      .selectFrom('calcSharingBase')
      .select(['municipalityCode', 'wmoIntegrationPaymentCents'])
      .where('datasetId', '=', datasetId)
      .execute(),
    db
      .selectFrom('calcWlzClientGroup')
      .select([
        'municipalityCode',
        'origin',
        'priceYear',
        'wlzStartDate',
        'clientCount',
        'costCents',
        'costDays',
        'lostOwnContributionsCents',
      ])
      .where('datasetId', '=', datasetId)
      .orderBy('id')
      .execute(),
  ])
  return { historical, measures, values, sharingBases, wlzGroups }
}

/**
 * What the /rekenen form shows of a data set: its measures and whether it holds Wlz client groups and
 * Wmo integration payments, without loading its rows (issue 20: the whole set took 10 of 14.5 ms).
 */
export async function loadCalcDatasetSummary(db: Kysely<DB>, params: { datasetId: number }) {
  const { datasetId } = params
  const [measures, present] = await Promise.all([
    db
      .selectFrom('calcMeasure')
      .select(['key', 'label', 'weight', 'perInhabitant', 'budget'])
      .where('datasetId', '=', datasetId)
      .orderBy('position')
      .execute(),
    db
      .selectNoFrom((eb) => [
        eb.exists(eb.selectFrom('calcWlzClientGroup').select('id').where('datasetId', '=', datasetId)).as('hasWlzData'),
        eb.exists(eb.selectFrom('calcSharingBase').select('municipalityCode').where('datasetId', '=', datasetId)).as('hasWmoIntegrationPayment'),
      ])
      .executeTakeFirstOrThrow(),
  ])
  return { measures, hasWlzData: Boolean(present.hasWlzData), hasWmoIntegrationPayment: Boolean(present.hasWmoIntegrationPayment) }
}

/** Every municipality with its inhabitants and the region it belongs to on `onDate` (null: none). */
export async function listMunicipalitiesWithRegion(db: Kysely<DB>, params: { onDate: string }) {
  return db
    .selectFrom('municipality as m')
    .leftJoin('regionMembership as rm', (join) =>
      join
        .onRef('rm.municipalityCode', '=', 'm.code')
        .on('rm.validFrom', '<=', params.onDate)
        .on((eb) => eb.or([eb('rm.validTo', 'is', null), eb('rm.validTo', '>', params.onDate)])),
    )
    .select(['m.code', 'm.name', 'm.inhabitants', 'rm.regionCode'])
    .orderBy('m.code')
    .execute()
}

/** A data set to insert with all its rows. */
export interface NewCalcDataset {
  dataset: {
    label: string
    kind: 'example' | 'imported'
    budgetYear: number
    macroBudgetCents: number
    moMacroBudgetCents?: number
    seed: number | null
    note: string
    createdBy: string | null
  }
  historical: readonly { municipalityCode: string; amountCents: number; moAmountCents?: number }[]
  measures: readonly {
    key: string
    label: string
    weight: number
    perInhabitant: boolean
    budget?: 'bw' | 'mo'
  }[]
  values: readonly { measureKey: string; municipalityCode: string; value: number }[]
  sharingBases?: readonly { municipalityCode: string; wmoIntegrationPaymentCents: number }[]
  wlzGroups?: readonly NewWlzClientGroup[]
}

/** A Wlz client group as inserted (without its ids). */
export type NewWlzClientGroup = Omit<
  CalcWlzClientGroupTable,
  'id' | 'datasetId' | 'lostOwnContributionsCents'
> & {
  lostOwnContributionsCents: number
}

// Stay well under PostgreSQL's 65,535 bind parameters per statement.
const CHUNK = 5_000

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK)
    await insert(rows.slice(start, start + CHUNK))
}

/** Insert a data set with its rows; returns its id. Needs a transaction: all rows or none. */
export async function insertCalcDataset(
  trx: Transaction<DB>,
  params: NewCalcDataset,
): Promise<number> {
  const { id: datasetId } = await trx
    .insertInto('calcDataset')
    .values(params.dataset)
    .returning('id')
    .executeTakeFirstOrThrow()
  const withId = <T extends object>(rows: readonly T[]) =>
    rows.map((row) => ({ ...row, datasetId }))
  await insertChunked(withId(params.historical), (chunk) =>
    trx.insertInto('calcHistoricalAmount').values(chunk).execute(),
  )
  await insertChunked(
    params.measures.map((measure, position) => ({ ...measure, position, datasetId })),
    (chunk) => trx.insertInto('calcMeasure').values(chunk).execute(),
  )
  await insertChunked(withId(params.values), (chunk) =>
    trx.insertInto('calcMeasureValue').values(chunk).execute(),
  )
  await insertChunked(withId(params.sharingBases ?? []), (chunk) =>
    trx.insertInto('calcSharingBase').values(chunk).execute(),
  )
  await insertChunked(withId(params.wlzGroups ?? []), (chunk) =>
    trx.insertInto('calcWlzClientGroup').values(chunk).execute(),
  )
  return datasetId
}

/** How many rows a data set holds per table (for the admin's overview). */
export async function countCalcDatasetRows(db: Kysely<DB>, params: { datasetId: number }) {
  const count = (
    table:
      | 'calcHistoricalAmount'
      | 'calcMeasure'
      | 'calcMeasureValue'
      | 'calcWlzClientGroup'
      | 'calcSharingBase',
  ) =>
    db
      .selectFrom(table)
      .select(sql<number>`count(*)::integer`.as('count'))
      .where('datasetId', '=', params.datasetId)
      .executeTakeFirstOrThrow()
      .then((row) => row.count)
  const [historical, measures, values, wlzGroups, sharingBases] = await Promise.all([
    count('calcHistoricalAmount'),
    count('calcMeasure'),
    count('calcMeasureValue'),
    count('calcWlzClientGroup'),
    count('calcSharingBase'),
  ])
  return { historical, measures, values, wlzGroups, sharingBases }
}
