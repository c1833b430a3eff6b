import { toAgreementRow, type AgreementContent, type DB, type Transaction } from '@bt/db'

// Bulk inserts for demo data and benchmarks: thousands of agreements in a few statements. They
// write rows directly (no audit, no versions checked), so nothing but seeding may call them.

/** One agreement for a bulk seed: its first revision, an optional unpublished second one. */
export interface SeedAgreement {
  regionCode: string
  first: AgreementContent
  second?: AgreementContent
  published: boolean
}

/**
 * Insert many agreements with their revisions in a few statements (demo data, benchmarks). Serial
 * ids are handed out in VALUES order within one statement, so sorted ids match the input order.
 */
export async function insertSeedAgreements(
  trx: Transaction<DB>,
  params: { agreements: readonly SeedAgreement[]; authorLabel: string; at: Date; batchSize?: number },
) {
  const size = params.batchSize ?? 500
  for (let start = 0; start < params.agreements.length; start += size) {
    const batch = params.agreements.slice(start, start + size)
    const inserted = await trx
      .insertInto('agreement')
      .values(
        batch.map((a) => ({
          regionCode: a.regionCode,
          ...toAgreementRow(a.second ?? a.first),
          version: a.second ? 2 : 1,
          publishedRevision: a.published ? 1 : null,
          publishedAt: a.published ? params.at : null,
          createdAt: params.at,
          updatedAt: params.at,
          updatedByLabel: params.authorLabel,
        })),
      )
      .returning('id')
      .execute()
    const ids = inserted.map((r) => r.id).sort((x, y) => x - y)
    const revisions = batch.flatMap((a, i) => {
      const agreementId = ids[i]
      if (agreementId === undefined) throw new Error(`The insert returned ${ids.length} ids for ${batch.length} agreements`)
      return [a.first, a.second].flatMap((snapshot, r) =>
        snapshot ? [{ agreementId, revision: r + 1, snapshot: JSON.stringify(snapshot), authorLabel: params.authorLabel, createdAt: params.at }] : [],
      )
    })
    await trx.insertInto('agreementRevision').values(revisions).execute()
  }
}

/** Insert many NvO levels with their first history entry (demo data). */
export async function insertSeedNvoLevels(
  trx: Transaction<DB>,
  params: { levels: readonly { regionCode: string; nvoAgreement: string; level: number; explanation: string }[]; authorLabel: string; at: Date },
) {
  if (params.levels.length === 0) return
  await trx
    .insertInto('nvoLevel')
    .values(params.levels.map((l) => ({ ...l, updatedByLabel: params.authorLabel, updatedAt: params.at })))
    .execute()
  await trx
    .insertInto('nvoLevelHistory')
    .values(params.levels.map((l) => ({ ...l, changedByLabel: params.authorLabel, changedAt: params.at })))
    .execute()
}
