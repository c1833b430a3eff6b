import { listDisputes, listEditionRegions, listEditions, type DB, type Kysely } from '@bt/db'
import { DomainError, EditionKeySchema } from '@bt/domain'
import { z } from 'zod'
import type { CacheClass, DatasetSnapshot } from '../dataset.ts'

/** The one parameter of the data sets built from frozen editions. */
export const frozenEditionParams = z.object({
  editie: EditionKeySchema.optional().meta({
    description: 'Sleutel van één bevroren editie, bijvoorbeeld 2025-H2; zonder: alle bevroren edities.',
  }),
})

/** The day an edition was frozen (its pictures never change after it). */
const frozenOn = (frozenAt: Date | null) => (frozenAt ? frozenAt.toISOString().slice(0, 10) : '')

/**
 * The frozen editions a file covers, with their regions' pictures and disputes. Open editions never
 * appear: their pictures are drafts or not yet agreed. One edition asked for that is open or unknown
 * is NOT_FOUND, with a Dutch message that says why.
 */
export async function loadFrozenEditions(db: Kysely<DB>, editie: string | undefined) {
  const all = await listEditions(db)
  const chosen = editie ? all.filter((e) => e.key === editie) : all
  if (editie && chosen.length === 0) throw new DomainError('NOT_FOUND', `Editie ${editie} bestaat niet.`)
  const frozen = chosen.filter((e) => e.state === 'frozen')
  if (editie && frozen.length === 0) {
    throw new DomainError('NOT_FOUND', `Editie ${editie} is nog niet bevroren; haar cijfers verschijnen hier zodra ze bevroren is.`)
  }
  return Promise.all(
    frozen.map(async (edition) => ({
      edition: { key: edition.key, label: edition.label, frozenOn: frozenOn(edition.frozenAt) },
      regions: await listEditionRegions(db, { editionId: edition.id }),
      disputes: await listDisputes(db, { editionId: edition.id }),
    })),
  )
}

/**
 * What a file of frozen editions is as of, and how long it may be kept: one edition is frozen for
 * good (its freeze date, cached as immutable); the list of all grows when the next edition freezes.
 */
export function frozenAsOf(editions: readonly { edition: { label: string; frozenOn: string } }[], editie: string | undefined, today: string): { asOf: { date: string; label: string | null }; cache: CacheClass } {
  const only = editions[0]
  if (editie && only) return { asOf: { date: only.edition.frozenOn, label: only.edition.label }, cache: 'frozen' }
  return { asOf: { date: today, label: null }, cache: 'current' }
}

/** Every frozen edition as an earlier state with its own address. */
export async function frozenEditionSnapshots(db: Kysely<DB>): Promise<DatasetSnapshot[]> {
  const all = await listEditions(db)
  return all
    .filter((e) => e.state === 'frozen')
    .map((e) => ({ label: e.label, date: frozenOn(e.frozenAt), query: { editie: e.key } }))
}

/** The edition columns every row of these data sets starts with. */
export const editionColumns = (edition: { key: string; label: string; frozenOn: string }) => ({
  editie: edition.key,
  editie_naam: edition.label,
  bevroren_op: edition.frozenOn,
})
