import { may } from '@bt/auth'
import { findRegionBySlug, findRegionShell, listRegionMembers, type AgreementView, type DB, type Kysely } from '@bt/db'
import { DomainError } from '@bt/domain'
import type { Context } from '../../context.ts'
import { readOnce, rememberRead } from '../../request-reads.ts'
import { requirePermission } from '../guards.ts'

/** Readers of a region's drafts see working copies; everyone else the published revisions. */
export function viewFor(ctx: Pick<Context, 'actor'>, regionCode: string): AgreementView {
  return may(ctx.actor, { action: 'read_drafts', regionCode }) ? 'draft' : 'published'
}

/** The latest of these moments, or null for none (a region's last change). */
export function latest(dates: readonly Date[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (max === null || d > max ? d : max), null)
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

/**
 * A region's shell (name, province, members today, whether the indeling is the example one) in one
 * statement, or NOT_FOUND. The region and its members count as read for the rest of the request, so
 * the page's other procedures (`getRegion`, the plan's members) do not read them again (ADR 045).
 */
export async function getRegionShell(db: Kysely<DB>, ctx: Pick<Context, 'today'>, slug: string) {
  const shell = readOnce(db, findRegionShell, { slug, onDate: ctx.today })
  rememberRead(
    db,
    findRegionBySlug,
    { slug },
    shell.then((found) => found && { code: found.code, name: found.name, slug: found.slug, version: found.version, updatedAt: found.updatedAt, centralMunicipalityName: found.centralMunicipalityName, province: found.province }),
  )
  const found = await shell
  if (!found) throw new DomainError('NOT_FOUND', `Regio ${slug} bestaat niet.`)
  rememberRead(db, listRegionMembers, { regionCode: found.code, onDate: ctx.today }, Promise.resolve(found.members))
  return found
}
