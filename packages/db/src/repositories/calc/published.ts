import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../schema.ts'

// A data set's published amounts (the rekenbestand's) and Wmo-integratie-uitkering, as imported
// (issue 18 item 5).

/** One municipality's published amounts (cents); historical only for centrumgemeenten. */
export interface PublishedAmountRow {
  municipalityCode: string
  historicalCents: number | null
  objectiveCents: number
  /** The MO part of the two amounts; null when the sheet gave none. */
  historicalMoCents: number | null
  objectiveMoCents: number | null
}

/** The data set's published amounts, by municipality code. */
export async function listPublishedAmounts(db: Kysely<DB>, params: { datasetId: number }) {
  return db
    .selectFrom('calcPublishedAmount')
    .select([
      'municipalityCode',
      'historicalCents',
      'objectiveCents',
      'historicalMoCents',
      'objectiveMoCents',
    ])
    .where('datasetId', '=', params.datasetId)
    .orderBy('municipalityCode')
    .execute()
}

/**
 * Replace the data set's published amounts with these rows and, when given, its Wmo-integratie-
 * uitkering for the municipalities listed (others keep theirs). Run inside the import's transaction.
 */
export async function replacePublishedAmounts(
  trx: Transaction<DB>,
  params: {
    datasetId: number
    amounts: readonly PublishedAmountRow[]
    wmoIntegrationPayments: readonly { municipalityCode: string; cents: number }[]
  },
): Promise<void> {
  const { datasetId } = params
  await trx.deleteFrom('calcPublishedAmount').where('datasetId', '=', datasetId).execute()
  if (params.amounts.length > 0) {
    await trx
      .insertInto('calcPublishedAmount')
      .values(params.amounts.map((row) => ({ ...row, datasetId })))
      .execute()
  }
  if (params.wmoIntegrationPayments.length > 0) {
    await trx
      .insertInto('calcSharingBase')
      .values(
        params.wmoIntegrationPayments.map((row) => ({
          datasetId,
          municipalityCode: row.municipalityCode,
          wmoIntegrationPaymentCents: row.cents,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['datasetId', 'municipalityCode']).doUpdateSet((eb) => ({
          wmoIntegrationPaymentCents: eb.ref('excluded.wmoIntegrationPaymentCents'),
        })),
      )
      .execute()
  }
}
