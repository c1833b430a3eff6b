import {
  findReferenceScenarioId,
  findScenario,
  markScenarioAsReference,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, type AuditAction, type ScenarioParameters } from '@bt/domain'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import type { ScenarioResult } from './scenario.ts'

// The reference scenario (issue 18): one saved scenario on real data that a VNG analyst designates;
// the money indicators and the bottleneck signals read it through getReferenceScenario (and
// calc.referenceScenario). Real data means an imported data set, or a region's published amounts
// entered in the scenario; the fictitious example data (voorbeeldbedragen, ADR 006) never is.

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now'>

/** Whether a saved scenario computes with real data (not only the fictitious example). */
export function isOnRealData(row: { datasetKind: 'example' | 'imported'; parameters: unknown }) {
  // JSON column written from ScenarioParameters by saveReferenceScenario (db has no api types).
  const parameters = row.parameters as Partial<ScenarioParameters>
  return row.datasetKind === 'imported' || (parameters.published ?? null) !== null
}

/**
 * A VNG analyst designates a saved scenario as the reference scenario (one in the installation; the
 * previous one is released). It must be shared with everyone signed in and computed on real data.
 * Audited.
 */
export async function markReferenceScenario(
  trx: Transaction<DB>,
  ctx: Ctx,
  input: { scenarioId: string },
) {
  const row = await getScenarioRow(trx, input.scenarioId)
  if (row.visibility !== 'signed_in') {
    throw new DomainError(
      'INVALID',
      'Deel het scenario eerst met iedereen die is ingelogd: het referentiescenario lezen alle gebruikers.',
    )
  }
  if (!isOnRealData(row)) {
    throw new DomainError(
      'INVALID',
      'Dit scenario rekent met voorbeeldbedragen (fictief). Een referentiescenario rekent met echte gegevens: een geïmporteerde gegevensset of de gepubliceerde bedragen van een regio.',
    )
  }
  const previousScenarioId = await markScenarioAsReference(trx, { id: row.id, now: ctx.now })
  return auditDesignation(trx, ctx, row, { action: 'scenario.reference_marked', key: 'referenceScenarioId' }, previousScenarioId)
}

/** The saved scenario with this id, or NOT_FOUND (who may read or mark it is the caller's to check). */
export async function getScenarioRow(db: Kysely<DB>, id: string) {
  const row = await findScenario(db, { id })
  if (!row) throw new DomainError('NOT_FOUND', `Scenario ${id} bestaat niet.`)
  return row
}

/** Audits a scenario's designation (the reference scenario, or a region's choice) with the one it replaced. */
export async function auditDesignation<P>(
  trx: Transaction<DB>,
  ctx: Ctx,
  row: { id: string; regionCode: string | null; name: string },
  designation: { action: AuditAction; key: 'referenceScenarioId' | 'regionChoiceScenarioId' },
  previousScenarioId: P,
) {
  await audit(trx, ctx, {
    action: designation.action,
    entityType: 'scenario',
    entityId: row.id,
    regionCode: row.regionCode,
    before: { [designation.key]: previousScenarioId },
    after: { [designation.key]: row.id, name: row.name },
  })
  return { id: row.id, previousScenarioId }
}

/** The reference scenario as computed when it was saved, or null when none is designated. */
export async function getReferenceScenario(db: Kysely<DB>) {
  const id = await findReferenceScenarioId(db)
  const row = id === undefined ? undefined : await findScenario(db, { id })
  if (!row) return null
  return {
    id: row.id,
    name: row.name,
    ownerName: row.ownerName,
    region:
      row.regionCode && row.regionName && row.regionSlug
        ? { code: row.regionCode, name: row.regionName, slug: row.regionSlug }
        : null,
    dataset: { id: row.datasetId, label: row.datasetLabel, kind: row.datasetKind },
    createdAt: row.createdAt,
    // JSON columns written from these types by saveReferenceScenario (db has no api types).
    parameters: row.parameters as ScenarioParameters,
    result: row.result as ScenarioResult,
  }
}
