import { may } from '@bt/auth'
import {
  confirmPlanAdoption as writeConfirmation,
  findCurrentPlanRevision,
  findPlanAdoption,
  findPlanRevision,
  insertPlanAdoption,
  isUniqueViolation,
  listPlanAdoptions,
  listRegionMembers,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, type ConfirmPlanAdoptionSchema, type RecordPlanAdoptionSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { readOnce } from '../../request-reads.ts'
import { audit } from '../audit.ts'
import { requireActor, requirePermission } from '../guards.ts'
import { getRegion } from '../regions/region.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/**
 * Who may record a council's adoption (DESIGN.md roles, issue 19 item 8): the region's editors for any
 * member council, a municipality's signatory for their own council only. Returns the label that
 * confirms the adoption at once (the signatory's own recording), or null (an editor's recording waits
 * for the signatory). Checked before anything else, so a refusal says nothing about the records.
 */
export function requireAdoptionRecorder(ctx: Ctx, params: { regionCode: string; municipalityCode: string }): string | null {
  const actor = requireActor(ctx)
  if (may(actor, { action: 'record_adoption', municipalityCode: params.municipalityCode })) return actor.name
  if (may(actor, { action: 'edit', regionCode: params.regionCode })) return null
  throw new DomainError('FORBIDDEN', 'U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.', {
    fieldErrors: { municipalityCode: ['U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.'] },
  })
}

/** Refuse a municipality that is not a member of the region today. */
export async function requireMember(db: Kysely<DB>, ctx: Ctx, params: { regionCode: string; municipalityCode: string }) {
  const members = await listRegionMembers(db, { regionCode: params.regionCode, onDate: ctx.today })
  if (!members.some((m) => m.code === params.municipalityCode)) {
    throw new DomainError('INVALID', `Gemeente ${params.municipalityCode} hoort niet bij deze regio.`, {
      fieldErrors: { municipalityCode: [`Gemeente ${params.municipalityCode} hoort niet bij deze regio.`] },
    })
  }
  return members
}

/**
 * The uitvoeringsplan's adoption picture: the current plan revision (the published plan councils
 * adopt now) and per member council its adoptions; an adoption counts for the revision it names.
 */
export async function getPlanAdoptions(db: Kysely<DB>, ctx: Ctx, params: { regionCode: string }) {
  const [current, adoptions, members] = await Promise.all([
    findCurrentPlanRevision(db, { regionCode: params.regionCode }),
    listPlanAdoptions(db, { regionCode: params.regionCode }),
    // The region page's other parts read the same members in this request: once (request-reads.ts).
    readOnce(db, listRegionMembers, { regionCode: params.regionCode, onDate: ctx.today }),
  ])
  const councils = members.map((m) => {
    const own = adoptions.filter((a) => a.municipalityCode === m.code)
    return {
      municipalityCode: m.code,
      municipalityName: m.name,
      adoptsCurrent: current !== undefined && own.some((a) => a.planRevisionId === current.id),
      adoptions: own,
    }
  })
  return {
    currentRevision: current ? { id: current.id, number: current.number, publishedAt: current.publishedAt, publishedByLabel: current.publishedByLabel } : null,
    councils,
    adoptedCount: councils.filter((c) => c.adoptsCurrent).length,
  }
}

/** Record a council's adoption of a plan revision (editor: any member; signatory: their own, confirmed at once). Audited. */
export async function recordPlanAdoption(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof RecordPlanAdoptionSchema>) {
  const region = await getRegion(trx, input.regionSlug)
  const confirmedByLabel = requireAdoptionRecorder(ctx, { regionCode: region.code, municipalityCode: input.municipalityCode })
  await requireMember(trx, ctx, { regionCode: region.code, municipalityCode: input.municipalityCode })
  const revision = await findPlanRevision(trx, { id: input.planRevisionId })
  if (!revision || revision.regionCode !== region.code) {
    throw new DomainError('INVALID', 'Deze stand van het uitvoeringsplan hoort niet bij deze regio.', {
      fieldErrors: { planRevisionId: ['Kies een gepubliceerde stand van het uitvoeringsplan van deze regio.'] },
    })
  }
  const id = await insertPlanAdoption(trx, {
    municipalityCode: input.municipalityCode,
    planRevisionId: revision.id,
    decisionDate: input.decisionDate,
    decisionUrl: input.decisionUrl,
    authorLabel: requireActor(ctx).name,
    confirmedByLabel,
    now: ctx.now,
  }).catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error
    throw new DomainError('CONFLICT', `De vaststelling van revisie ${revision.number} van het uitvoeringsplan door deze gemeente is al vastgelegd.`, {
      fieldErrors: { municipalityCode: ['Deze gemeente heeft deze stand van het plan al vastgesteld.'] },
    })
  })
  await audit(trx, ctx, {
    action: 'plan.adoption_recorded',
    entityType: 'plan_adoption',
    entityId: String(id),
    regionCode: region.code,
    after: { ...input, revisionNumber: revision.number, confirmed: confirmedByLabel !== null },
  })
  return { id, confirmed: confirmedByLabel !== null }
}

/** The municipality's signatory confirms the plan adoption an editor recorded for their council. Audited. */
export async function confirmPlanAdoption(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof ConfirmPlanAdoptionSchema>) {
  const adoption = await findPlanAdoption(trx, { id: input.adoptionId })
  if (!adoption) throw new DomainError('NOT_FOUND', `Vaststelling ${input.adoptionId} van het uitvoeringsplan bestaat niet.`)
  requirePermission(ctx, { action: 'record_adoption', municipalityCode: adoption.municipalityCode })
  if (adoption.confirmedAt) throw new DomainError('CONFLICT', 'Deze vaststelling is al bevestigd.')
  await writeConfirmation(trx, { id: adoption.id, authorLabel: requireActor(ctx).name, now: ctx.now })
  await audit(trx, ctx, {
    action: 'plan.adoption_confirmed',
    entityType: 'plan_adoption',
    entityId: String(adoption.id),
    regionCode: adoption.regionCode,
  })
  return { id: adoption.id }
}
