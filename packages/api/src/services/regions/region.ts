import { may } from '@bt/auth'
import { findRegionBySlug, type AgreementView, type DB, type Kysely } from '@bt/db'
import { DomainError } from '@bt/domain'
import type { Context } from '../../context.ts'
import { readOnce } from '../../request-reads.ts'
import { requirePermission } from '../guards.ts'

/** Readers of a region's drafts see working copies; everyone else the published revisions. */
export function viewFor(ctx: Pick<Context, 'actor'>, regionCode: string): AgreementView {
  return may(ctx.actor, { action: 'read_drafts', regionCode }) ? 'draft' : 'published'
}

/** The region with this slug, or NOT_FOUND (read once per request: every part of a region page asks). */
export async function getRegion(db: Kysely<DB>, slug: string) {
  const region = await readOnce(db, findRegionBySlug, { slug })
  if (!region) throw new DomainError('NOT_FOUND', `Regio ${slug} bestaat niet.`)
  return region
}

/** The region with this slug, for a change only its editors may make: NOT_FOUND, or FORBIDDEN for anyone else. */
export async function getEditableRegion(db: Kysely<DB>, ctx: Pick<Context, 'actor'>, slug: string) {
  const region = await getRegion(db, slug)
  requirePermission(ctx, { action: 'edit', regionCode: region.code })
  return region
}
