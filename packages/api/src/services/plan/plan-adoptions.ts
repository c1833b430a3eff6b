import { may } from '@bt/auth'
import {
  confirmAdoption as writeConfirmation,
  findAdoption,
  findCurrentPlanRevision,
  findPlanRevision,
  findVisionVersion,
  insertAdoption,
  isUniqueViolation,
  listAdoptions,
  listRegionMembers,
  type AdoptedKind,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, type AuditAction, type ConfirmPlanAdoptionSchema, type RecordAdoptionSchema, type RecordPlanAdoptionSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { notifyAdoptionConfirmed } from '../../notifications/events.ts'
import { readOnce } from '../../request-reads.ts'
import { audit } from '../audit.ts'
import { requireActor, requirePermission } from '../guards.ts'
import { getRegion } from '../regions/region.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

// A council's adoption of a regiovisie version or of a plan revision (issue 19 item 8, ADR 034): the
// same rules for both, with their own words, audit actions and (for the regiovisie) notifications.

/** What differs between adopting a regiovisie version and a plan revision. */
interface Adopted {
  find: (db: Kysely<DB>, params: { id: number }) => Promise<{ id: number; regionCode: string; number: number } | undefined>
  /** The input field that names what is adopted, and the name of its number in the audit log. */
  field: string
  numberKey: string
  /** The refusal of what belongs to another region: message and field message. */
  foreign: [string, string]
  duplicate: (n: number) => [string, string]
  missing: (id: number) => string
  entityType: string
  recorded: AuditAction
  confirmed: AuditAction
}

const ADOPTED: Record<AdoptedKind, Adopted> = {
  vision: {
    find: findVisionVersion,
    field: 'visionVersionId',
    numberKey: 'versionNumber',
    foreign: ['Deze versie van de regiovisie hoort niet bij deze regio.', 'Kies een versie van de regiovisie van deze regio.'],
    duplicate: (n: number) => [`De vaststelling van versie ${n} door deze gemeente is al vastgelegd.`, 'Deze gemeente heeft deze versie al vastgesteld.'],
    missing: (id: number) => `Vaststelling ${id} bestaat niet.`,
    entityType: 'council_adoption',
    recorded: 'vision.adoption_recorded',
    confirmed: 'vision.adoption_confirmed',
  },
  plan: {
    find: findPlanRevision,
    field: 'planRevisionId',
    numberKey: 'revisionNumber',
    foreign: ['Deze stand van het uitvoeringsplan hoort niet bij deze regio.', 'Kies een gepubliceerde stand van het uitvoeringsplan van deze regio.'],
    duplicate: (n: number) => [
      `De vaststelling van revisie ${n} van het uitvoeringsplan door deze gemeente is al vastgelegd.`,
      'Deze gemeente heeft deze stand van het plan al vastgesteld.',
    ],
    missing: (id: number) => `Vaststelling ${id} van het uitvoeringsplan bestaat niet.`,
    entityType: 'plan_adoption',
    recorded: 'plan.adoption_recorded',
    confirmed: 'plan.adoption_confirmed',
  },
}

/**
 * Who may record a council's adoption (DESIGN.md roles, issue 19 item 8): the region's editors for any
 * member council, a municipality's signatory for their own council only. Returns the label that
 * confirms the adoption at once (the signatory's own recording), or null (an editor's recording waits
 * for the signatory). Checked before anything else, so a refusal says nothing about the records.
 */
function requireAdoptionRecorder(ctx: Ctx, params: { regionCode: string; municipalityCode: string }): string | null {
  const actor = requireActor(ctx)
  if (may(actor, { action: 'record_adoption', municipalityCode: params.municipalityCode })) return actor.name
  if (may(actor, { action: 'edit', regionCode: params.regionCode })) return null
  throw new DomainError('FORBIDDEN', 'U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.', {
    fieldErrors: { municipalityCode: ['U mag alleen het raadsbesluit van uw eigen gemeente vastleggen.'] },
  })
}

/** Refuse a municipality that is not a member of the region today. */
async function requireMember(db: Kysely<DB>, ctx: Ctx, params: { regionCode: string; municipalityCode: string }) {
  const members = await listRegionMembers(db, { regionCode: params.regionCode, onDate: ctx.today })
  if (!members.some((m) => m.code === params.municipalityCode)) {
    throw new DomainError('INVALID', `Gemeente ${params.municipalityCode} hoort niet bij deze regio.`, {
      fieldErrors: { municipalityCode: [`Gemeente ${params.municipalityCode} hoort niet bij deze regio.`] },
    })
  }
}

/** Per member council its adoptions and whether one of them is of the current version or revision (an adoption counts for what it names). */
export function councilsWithAdoptions<A extends { municipalityCode: string }>(
  members: readonly { code: string; name: string }[],
  adoptions: readonly A[],
  adoptsCurrent: (adoption: A) => boolean,
) {
  const councils = members.map((m) => {
    const own = adoptions.filter((a) => a.municipalityCode === m.code)
    return { municipalityCode: m.code, municipalityName: m.name, adoptsCurrent: own.some(adoptsCurrent), adoptions: own }
  })
  return { councils, adoptedCount: councils.filter((c) => c.adoptsCurrent).length }
}

/**
 * The uitvoeringsplan's adoption picture: the current plan revision (the published plan councils
 * adopt now) and per member council its adoptions; an adoption counts for the revision it names.
 */
export async function getPlanAdoptions(db: Kysely<DB>, ctx: Ctx, params: { regionCode: string }) {
  const [current, adoptions, members] = await Promise.all([
    findCurrentPlanRevision(db, { regionCode: params.regionCode }),
    listAdoptions(db, 'plan', { regionCode: params.regionCode }),
    // The region page's other parts read the same members in this request: once (request-reads.ts).
    readOnce(db, listRegionMembers, { regionCode: params.regionCode, onDate: ctx.today }),
  ])
  return {
    currentRevision: current ? { id: current.id, number: current.number, publishedAt: current.publishedAt, publishedByLabel: current.publishedByLabel } : null,
    ...councilsWithAdoptions(members, adoptions, (a) => a.planRevisionId === current?.id),
  }
}

/**
 * Record a member council's adoption of one regiovisie version or plan revision, with the decision's
 * link: region editors for any member council, a municipality's signatory for their own (confirmed at
 * once). Audited.
 */
async function recordCouncilAdoption(
  trx: Transaction<DB>,
  ctx: Ctx,
  kind: AdoptedKind,
  input: { regionSlug: string; municipalityCode: string; decisionDate: string; decisionUrl: string },
  adoptedId: number,
) {
  const of = ADOPTED[kind]
  const region = await getRegion(trx, input.regionSlug)
  const confirmedByLabel = requireAdoptionRecorder(ctx, { regionCode: region.code, municipalityCode: input.municipalityCode })
  await requireMember(trx, ctx, { regionCode: region.code, municipalityCode: input.municipalityCode })
  const adopted = await of.find(trx, { id: adoptedId })
  if (!adopted || adopted.regionCode !== region.code) {
    throw new DomainError('INVALID', of.foreign[0], { fieldErrors: { [of.field]: [of.foreign[1]] } })
  }
  const id = await insertAdoption(trx, kind, {
    municipalityCode: input.municipalityCode,
    adoptedId: adopted.id,
    decisionDate: input.decisionDate,
    decisionUrl: input.decisionUrl,
    authorLabel: requireActor(ctx).name,
    confirmedByLabel,
    now: ctx.now,
  }).catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error
    const [message, fieldMessage] = of.duplicate(adopted.number)
    throw new DomainError('CONFLICT', message, { fieldErrors: { municipalityCode: [fieldMessage] } })
  })
  await audit(trx, ctx, {
    action: of.recorded,
    entityType: of.entityType,
    entityId: String(id),
    regionCode: region.code,
    after: { ...input, [of.field]: adoptedId, [of.numberKey]: adopted.number, confirmed: confirmedByLabel !== null },
  })
  // The signatory's own recording of a regiovisie adoption is their confirmation: the region's editors hear of it as of one.
  if (kind === 'vision' && confirmedByLabel !== null) await notifyConfirmed(trx, ctx, id)
  return { id, confirmed: confirmedByLabel !== null }
}

/** The municipality's signatory confirms the adoption an editor recorded for their council. Audited. */
async function confirmCouncilAdoption(trx: Transaction<DB>, ctx: Ctx, kind: AdoptedKind, adoptionId: number) {
  const of = ADOPTED[kind]
  const adoption = await findAdoption(trx, kind, { id: adoptionId })
  if (!adoption) throw new DomainError('NOT_FOUND', of.missing(adoptionId))
  requirePermission(ctx, { action: 'record_adoption', municipalityCode: adoption.municipalityCode })
  if (adoption.confirmedAt) throw new DomainError('CONFLICT', 'Deze vaststelling is al bevestigd.')
  await writeConfirmation(trx, kind, { id: adoption.id, authorLabel: requireActor(ctx).name, now: ctx.now })
  await audit(trx, ctx, { action: of.confirmed, entityType: of.entityType, entityId: String(adoption.id), regionCode: adoption.regionCode })
  if (kind === 'vision') await notifyConfirmed(trx, ctx, adoption.id)
  return { id: adoption.id }
}

/** Tell the region's editors that a council's adoption of the regiovisie is confirmed. */
async function notifyConfirmed(trx: Transaction<DB>, ctx: Ctx, id: number) {
  const adoption = await findAdoption(trx, 'vision', { id })
  if (adoption) await notifyAdoptionConfirmed(trx, { ...ctx, actor: requireActor(ctx) }, { adoption })
}

/** A council adopted a regiovisie version. */
export function recordAdoption(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof RecordAdoptionSchema>) {
  return recordCouncilAdoption(trx, ctx, 'vision', input, input.visionVersionId)
}

/** A council adopted a plan revision. */
export function recordPlanAdoption(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof RecordPlanAdoptionSchema>) {
  return recordCouncilAdoption(trx, ctx, 'plan', input, input.planRevisionId)
}

/** The signatory confirms a regiovisie adoption. */
export function confirmAdoption(trx: Transaction<DB>, ctx: Ctx, input: { adoptionId: number }) {
  return confirmCouncilAdoption(trx, ctx, 'vision', input.adoptionId)
}

/** The signatory confirms a plan adoption. */
export function confirmPlanAdoption(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof ConfirmPlanAdoptionSchema>) {
  return confirmCouncilAdoption(trx, ctx, 'plan', input.adoptionId)
}
