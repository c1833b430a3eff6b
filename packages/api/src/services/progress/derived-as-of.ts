import { listEditionRegions, listEditions, type DB, type Kysely } from '@bt/db'
import { DomainError } from '@bt/domain'
import type { RegionCooperationRecord } from '@bt/indicators'
import type { Context } from '../../context.ts'
import { getEdition } from '../editions/lookup.ts'

// What a derived figure is as of: today's published records, or the pictures of a frozen half-year
// edition (issue 14). Only what a picture holds can be read as of an edition: the NvO levels and the
// regiovisie adoptions (block 2). The other derived blocks read figures no picture keeps (reference
// scenario budgets, indicator numerators), so on an edition view they stay "per vandaag" and say so.

/** Said beside every derived figure while it is computed live. */
export const DERIVED_AS_OF_NOTE = 'Afgeleide cijfers gelden per vandaag, uit de gepubliceerde registraties.'

/** Said beside a derived figure on an as-of view when an edition's pictures do not hold it. */
export const NOT_IN_EDITION_NOTE = 'Deze cijfers staan niet in het beeld van een editie: ze gelden per vandaag, ook op deze stand in het verleden.'

/** Said on a decision moment's view when no edition was frozen by then. */
export const NO_EDITION_BEFORE_NOTE = 'Er is geen editie bevroren vóór dit besluitmoment: afgeleide cijfers gelden per vandaag.'

/** The as-of fields every derived measure carries: the date its records were read and why. */
export interface DerivedAsOf {
  asOf: string
  asOfNote: string
  basis: 'live' | 'edition'
}

/** Where a page's derived figures come from: a frozen edition's pictures, or today's records with a note. */
export interface DerivedBasis {
  source: EditionSource | null
  liveNote: string
}

export const LIVE_BASIS: DerivedBasis = { source: null, liveNote: DERIVED_AS_OF_NOTE }

/** The as-of fields of a figure computed from today's records. */
export function liveAsOf(ctx: Pick<Context, 'today'>, basis: DerivedBasis = LIVE_BASIS): DerivedAsOf {
  return { asOf: ctx.today, asOfNote: basis.liveNote, basis: 'live' }
}

/** A frozen edition a page is shown as of, with its regions' pictures. */
export interface EditionSource {
  key: string
  label: string
  /** The day it was frozen (ISO date): the page's statuses are those decided up to this day. */
  frozenOn: string
  pictures: NonNullable<Awaited<ReturnType<typeof listEditionRegions>>[number]['picture']>[]
  regionCount: number
}

/** The frozen edition `key` with its pictures; an open edition has no stand to show (INVALID). */
export async function loadEditionSource(db: Kysely<DB>, key: string): Promise<EditionSource> {
  const edition = await getEdition(db, key)
  if (edition.state !== 'frozen' || !edition.frozenAt) {
    throw new DomainError('INVALID', `Editie ${key} is nog niet bevroren: een stand per editie bestaat alleen voor bevroren edities.`)
  }
  const rows = await listEditionRegions(db, { editionId: edition.id })
  return {
    key: edition.key,
    label: edition.label,
    frozenOn: isoDay(edition.frozenAt),
    pictures: rows.flatMap((r) => (r.picture ? [r.picture] : [])),
    regionCount: rows.length,
  }
}

/** The as-of fields of a figure read from an edition's pictures. */
export function editionAsOf(source: EditionSource): DerivedAsOf {
  return {
    asOf: source.frozenOn,
    asOfNote: `Afgeleid uit de bevroren beelden van ${source.label} (${source.key}): ${source.pictures.length} van de ${source.regionCount} regio’s leverden een beeld.`,
    basis: 'edition',
  }
}

/**
 * A page's derived basis: the edition chosen; on a decision moment's view the last edition frozen by
 * that day (the figures as they were agreed then); otherwise today's records.
 */
export async function resolveDerivedBasis(db: Kysely<DB>, input: { editionKey?: string | undefined; momentDate?: string | null }): Promise<DerivedBasis> {
  if (input.editionKey) return { source: await loadEditionSource(db, input.editionKey), liveNote: NOT_IN_EDITION_NOTE }
  if (!input.momentDate) return LIVE_BASIS
  const momentDate = input.momentDate
  const frozen = (await listEditions(db)).filter((e) => e.state === 'frozen' && e.frozenAt && isoDay(e.frozenAt) <= momentDate)
  const latest = frozen.sort((a, b) => b.key.localeCompare(a.key))[0]
  if (!latest) return { source: null, liveNote: NO_EDITION_BEFORE_NOTE }
  return { source: await loadEditionSource(db, latest.key), liveNote: NOT_IN_EDITION_NOTE }
}

const isoDay = (at: Date | string) => new Date(at).toISOString().slice(0, 10)

/** Block 2's records as the edition's pictures hold them (regions without a picture are left out). */
export function cooperationRecordsOf(source: EditionSource): RegionCooperationRecord[] {
  return source.pictures.map((p) => ({
    code: p.regionCode,
    name: p.regionName,
    municipalityCount: p.adoptions.councils,
    levels: Object.fromEntries(p.levels.map((l) => [l.nvoAgreement, l.level])),
    // A picture names the current regiovisie, not its version number: any vision counts as one.
    visionVersion: p.adoptions.visionTitle === null ? null : 1,
    adoptedCount: p.adoptions.adopted,
  }))
}
