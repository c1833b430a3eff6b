import { findPlanElement, publishPlanElement as writePublication, type AgreementView, type DB, type Transaction } from '@bt/db'
import { DomainError, type PublishPlanElementSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { getEditableRegion } from '../regions/region.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

interface SavedPlanElement {
  status: string
  body: string
  version: number
  updatedAt: Date
  updatedByLabel: string
  publishedVersion: number | null
  publishedStatus: string | null
  publishedBody: string | null
  publishedAt: Date | null
  publishedByLabel: string | null
}

/**
 * What a reader sees of one plan element (DESIGN.md visibility table, ADR 005's model): the region's
 * own readers the working copy and whether it is published; everyone else only the published copy,
 * or "niet gestart" with no text while nothing is published.
 */
export function visiblePlanElement(saved: SavedPlanElement | undefined, view: AgreementView) {
  if (view === 'draft') {
    return {
      status: visiblePlanStatus(saved, view),
      body: saved?.body ?? '',
      version: saved?.version ?? null,
      updatedAt: saved?.updatedAt ?? null,
      updatedByLabel: saved?.updatedByLabel ?? null,
      publication: saved
        ? { publishedVersion: saved.publishedVersion, unpublishedChanges: saved.publishedVersion !== saved.version }
        : null,
    }
  }
  const published = saved?.publishedVersion != null
  return {
    status: visiblePlanStatus(saved, view),
    body: published ? (saved.publishedBody ?? '') : '',
    version: null,
    updatedAt: published ? saved.publishedAt : null,
    updatedByLabel: published ? saved.publishedByLabel : null,
    publication: null,
  }
}

/** The status of one plan element a reader sees (as `visiblePlanElement`): the working copy's, or the published one's. */
export function visiblePlanStatus(saved: Pick<SavedPlanElement, 'status' | 'publishedVersion' | 'publishedStatus'> | undefined, view: AgreementView): string {
  if (view === 'draft') return saved?.status ?? 'not_started'
  return saved?.publishedVersion != null ? (saved.publishedStatus ?? 'not_started') : 'not_started'
}

/** Publish the working copy of one plan element (region editors); a stale version is a CONFLICT. Audited. */
export async function publishPlanElement(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof PublishPlanElementSchema>) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const published = await writePublication(trx, {
    regionCode: region.code,
    element: input.element,
    version: input.version,
    authorLabel: requireActor(ctx).name,
    now: ctx.now,
  })
  if (!published) {
    const current = await findPlanElement(trx, { regionCode: region.code, element: input.element })
    if (!current) throw new DomainError('NOT_FOUND', `Onderdeel ${input.element} van het plan van ${region.name} is nog niet opgeslagen.`)
    throw staleEdit('dit onderdeel van het plan', current)
  }
  await audit(trx, ctx, {
    action: 'plan_element.published',
    entityType: 'plan_element',
    entityId: `${region.code}/${input.element}`,
    regionCode: region.code,
    after: { publishedVersion: input.version },
  })
  return { publishedVersion: input.version }
}
