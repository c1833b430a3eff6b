import { may } from '@bt/auth'
import { findEdition, findEditionRegion, listEditionsWithStateCounts, type DB, type Kysely } from '@bt/db'
import { DomainError, EDITION_REGION_STATE_LABELS, EDITION_TRANSITIONS, nextEditionState, type EditionAction, type EditionRegionState } from '@bt/domain'
import type { Context } from '../../context.ts'
import { readOnce } from '../../request-reads.ts'
import { getRegion } from '../regions/region.ts'

export type EditionCtx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/** The edition with this key, or NOT_FOUND. */
export async function getEdition(db: Kysely<DB>, key: string) {
  const edition = await findEdition(db, { key })
  if (!edition) throw new DomainError('NOT_FOUND', `Editie ${key} bestaat niet.`)
  return edition
}

/**
 * Every edition, newest first, with its regions counted per state; once per request: the edition list
 * and the change view of one page share this one statement (issue 20).
 */
export function readEditions(db: Kysely<DB>) {
  return readOnce(db, listEditionsWithStateCounts, undefined)
}

/** A frozen edition never changes: say so before the database has to. */
export function requireOpen(edition: { key: string; state: string }): void {
  if (edition.state === 'frozen') {
    throw new DomainError('CONFLICT', `Editie ${edition.key} is bevroren: het beeld en de reacties daarop veranderen niet meer.`)
  }
}

/** A region's row in an edition (by slug), or NOT_FOUND when the region does not take part. */
export async function getPictureRow(db: Kysely<DB>, editionKey: string, regionSlug: string) {
  const edition = await getEdition(db, editionKey)
  const region = await getRegion(db, regionSlug)
  const row = await findEditionRegion(db, { editionId: edition.id, regionCode: region.code })
  if (!row) throw new DomainError('NOT_FOUND', `${region.name} doet niet mee aan editie ${edition.key}.`)
  return { edition, region, row }
}

/** The state after `action`, or a Dutch INVALID naming the state the picture is in. */
export function stepOrRefuse(state: EditionRegionState, action: EditionAction, regionName: string): EditionRegionState {
  const next = nextEditionState(state, action)
  if (next === null) {
    throw new DomainError(
      'INVALID',
      `“${EDITION_TRANSITIONS[action].label}” kan niet: het beeld van ${regionName} staat op “${EDITION_REGION_STATE_LABELS[state]}”.`,
    )
  }
  return next
}

/** Only the adviser assigned to the region reviews its picture; anyone else gets a specific message. */
export function requireAssignedAdviser(ctx: Pick<Context, 'actor'>, region: { code: string; name: string }): void {
  if (!may(ctx.actor, { action: 'review_edition', regionCode: region.code })) {
    throw new DomainError('FORBIDDEN', `U bent niet de VNG-regioadviseur van ${region.name}: alleen de toegewezen adviseur beoordeelt dit beeld.`)
  }
}

/** Only the region's own editors fill in, submit and confirm its picture. */
export function requireRegionEditor(ctx: Pick<Context, 'actor'>, region: { code: string; name: string }): void {
  if (!may(ctx.actor, { action: 'confirm_edition', regionCode: region.code })) {
    throw new DomainError('FORBIDDEN', `Alleen de redacteuren van ${region.name} vullen het beeld van de regio in.`)
  }
}

/** Who may read a region's picture: while open its own readers, its adviser and analysts; once frozen everyone signed in. */
export function maySeePicture(ctx: Pick<Context, 'actor'>, edition: { state: string }, regionCode: string): boolean {
  if (!ctx.actor) return false
  if (edition.state === 'frozen') return true
  return may(ctx.actor, { action: 'read_drafts', regionCode }) || may(ctx.actor, { action: 'manage_editions' })
}
