import { may } from '@bt/auth'
import {
  findAgreement,
  findAgreementRevision,
  insertAgreement,
  insertAgreementRevision,
  listAgreementRevisions,
  listRegionMembers,
  markAgreementPublished,
  updateAgreementIfVersion,
  type AgreementContent,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import {
  DomainError,
  AGREEMENT_STAGE_LABELS,
  AUDIT_ACTION_LABELS,
  canChangeStage,
  type AgreementFields,
  type AuditAction,
  type CreateAgreementSchema,
  type PublishAgreementSchema,
  type RecordDelaySchema,
  type UpdateAgreementSchema,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, requirePermission, staleEdit } from '../guards.ts'
import { getEditableRegion, viewFor } from '../regions/region.ts'
import { notifyAgreementCoAuthors } from './co-authors.ts'
import { diffRevisions } from './revision-diff.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/** The agreement with this id, or NOT_FOUND. */
export async function getAgreementRow(db: Kysely<DB>, id: number) {
  const row = await findAgreement(db, { id })
  if (!row) throw new DomainError('NOT_FOUND', `Afspraak ${id} bestaat niet.`)
  return row
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID', message, { fieldErrors: { [`fields.${field}`]: [message] } })
}

/** Responsible municipalities must be members of the region today. */
async function checkMunicipalities(db: Kysely<DB>, ctx: Ctx, regionCode: string, codes: readonly string[]) {
  if (codes.length === 0) return
  const members = new Set((await listRegionMembers(db, { regionCode, onDate: ctx.today })).map((m) => m.code))
  const strangers = codes.filter((c) => !members.has(c))
  if (strangers.length > 0) {
    throw invalid('municipalities', `Gemeente ${strangers.join(', ')} hoort niet bij deze regio.`)
  }
}

function contentOf(fields: AgreementFields, delays: AgreementContent['delays']): AgreementContent {
  return { ...fields, delays, dueDate: delays.at(-1)?.newDate ?? fields.plannedDate }
}

function contentOfRow(row: NonNullable<Awaited<ReturnType<typeof findAgreement>>>): AgreementContent {
  const { title, body, nvoAgreements, themes, conditions, buildingBlocks, planElements, municipalities } = row
  const { partners, milestones, delays, plannedDate, dueDate, stage, stageReason, explanation } = row
  return {
    title,
    body,
    nvoAgreements,
    themes,
    conditions,
    buildingBlocks,
    planElements,
    municipalities,
    partners,
    milestones,
    delays,
    plannedDate,
    dueDate,
    stage,
    stageReason,
    explanation,
  }
}

function authorLabel(ctx: Ctx): string {
  const actor = requireActor(ctx)
  return actor.name
}

async function saveRevision(trx: Transaction<DB>, ctx: Ctx, agreementId: number, revision: number, content: AgreementContent) {
  const actor = requireActor(ctx)
  await insertAgreementRevision(trx, {
    agreementId,
    revision,
    snapshot: content,
    authorUserId: actor.userId,
    authorLabel: actor.name,
    now: ctx.now,
  })
}

/** Create a draft agreement in a region (region editors of that region). Revision 1; audited. */
export async function createAgreement(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof CreateAgreementSchema>) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  if (!canChangeStage('concept', input.fields.stage)) {
    throw invalid('stage', `Een nieuwe afspraak kan niet meteen "${AGREEMENT_STAGE_LABELS[input.fields.stage]}" zijn.`)
  }
  await checkMunicipalities(trx, ctx, region.code, input.fields.municipalities)
  const content = contentOf(input.fields, [])
  const id = await insertAgreement(trx, { regionCode: region.code, content, authorLabel: authorLabel(ctx), now: ctx.now })
  await saveRevision(trx, ctx, id, 1, content)
  await audit(trx, ctx, { action: 'agreement.created', entityType: 'agreement', entityId: String(id), regionCode: region.code, after: content })
  return { id, version: 1, regionSlug: region.slug }
}

/** Write new content if the editor's version is current; else CONFLICT carrying the current draft. */
async function saveContent(
  trx: Transaction<DB>,
  ctx: Ctx,
  row: NonNullable<Awaited<ReturnType<typeof findAgreement>>>,
  version: number,
  content: AgreementContent,
  action: AuditAction,
) {
  const before = contentOfRow(row)
  const saved = await updateAgreementIfVersion(trx, { id: row.id, version, content, authorLabel: authorLabel(ctx), now: ctx.now })
  if (!saved) {
    throw staleEdit('deze afspraak', { version: row.version, updatedByLabel: row.updatedByLabel, updatedAt: row.updatedAt, ...before })
  }
  await saveRevision(trx, ctx, row.id, saved.version, content)
  await audit(trx, ctx, { action, entityType: 'agreement', entityId: String(row.id), regionCode: row.regionCode, before, after: content })
  await notifyAgreementCoAuthors(trx, ctx, {
    agreement: { id: row.id, title: content.title, regionSlug: row.regionSlug },
    change: AUDIT_ACTION_LABELS[action].toLocaleLowerCase('nl-NL'),
    changeKey: `version:${saved.version}`,
  })
  return { id: row.id, version: saved.version, regionSlug: row.regionSlug }
}

/** Save an edit: the stage table decides which stage changes are allowed; delays are kept. */
export async function updateAgreement(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof UpdateAgreementSchema>) {
  const row = await getAgreementRow(trx, input.id)
  requirePermission(ctx, { action: 'edit', regionCode: row.regionCode })
  const from = row.stage
  if (!canChangeStage(from, input.fields.stage)) {
    throw invalid(
      'stage',
      `Van "${AGREEMENT_STAGE_LABELS[from]}" naar "${AGREEMENT_STAGE_LABELS[input.fields.stage]}" kan niet.`,
    )
  }
  await checkMunicipalities(trx, ctx, row.regionCode, input.fields.municipalities)
  return saveContent(trx, ctx, row, input.version, contentOf(input.fields, row.delays), 'agreement.updated')
}

/** Record a delay on top of the stage: a reason and a new date; the earlier date stays in the list. */
export async function recordDelay(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof RecordDelaySchema>) {
  const row = await getAgreementRow(trx, input.id)
  requirePermission(ctx, { action: 'edit', regionCode: row.regionCode })
  if (row.stage === 'gerealiseerd' || row.stage === 'vervallen') {
    throw new DomainError('INVALID', 'Een gerealiseerde of vervallen afspraak kan geen vertraging krijgen.')
  }
  const current = contentOfRow(row)
  const delay = {
    reason: input.reason,
    previousDate: current.dueDate,
    newDate: input.newDate,
    recordedAt: ctx.now.toISOString(),
    recordedBy: authorLabel(ctx),
  }
  const content = { ...current, delays: [...current.delays, delay], dueDate: input.newDate }
  return saveContent(trx, ctx, row, input.version, content, 'agreement.delayed')
}

/** Publish the current draft (the version the editor saw) as the agreement's public revision. */
export async function publishAgreement(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof PublishAgreementSchema>) {
  const row = await getAgreementRow(trx, input.id)
  requirePermission(ctx, { action: 'edit', regionCode: row.regionCode })
  if (row.version !== input.version) throw staleEdit('deze afspraak', { version: row.version, ...contentOfRow(row) })
  await markAgreementPublished(trx, { id: row.id, revision: row.version, now: ctx.now })
  await audit(trx, ctx, {
    action: 'agreement.published',
    entityType: 'agreement',
    entityId: String(row.id),
    regionCode: row.regionCode,
    after: { revision: row.version },
  })
  await notifyAgreementCoAuthors(trx, ctx, { agreement: row, change: 'gepubliceerd', changeKey: `published:${row.version}` })
  return { id: row.id, revision: row.version, regionSlug: row.regionSlug }
}

/**
 * One agreement as the caller may see it: the working copy with its revisions for readers of the
 * region's drafts; the published revision for everyone else (NOT_FOUND while unpublished).
 */
export async function getAgreementForReader(db: Kysely<DB>, ctx: Ctx, id: number) {
  const row = await getAgreementRow(db, id)
  const view = viewFor(ctx, row.regionCode)
  const region = { code: row.regionCode, slug: row.regionSlug, name: row.regionName }
  const permissions = {
    canEdit: may(ctx.actor, { action: 'edit', regionCode: row.regionCode }),
    canComment: may(ctx.actor, { action: 'comment', regionCode: row.regionCode }),
  }
  if (view === 'draft') {
    return {
      id: row.id,
      region,
      view,
      content: contentOfRow(row),
      version: row.version,
      publishedRevision: row.publishedRevision,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      updatedByLabel: row.updatedByLabel,
      revisions: await listAgreementRevisions(db, { agreementId: row.id }),
      permissions,
    }
  }
  if (row.publishedRevision === null) throw new DomainError('NOT_FOUND', `Afspraak ${id} bestaat niet of is nog niet gepubliceerd.`)
  const published = await findAgreementRevision(db, { agreementId: row.id, revision: row.publishedRevision })
  if (!published) throw new DomainError('NOT_FOUND', `Afspraak ${id} bestaat niet.`)
  return {
    id: row.id,
    region,
    view,
    content: published.snapshot,
    version: null,
    publishedRevision: row.publishedRevision,
    publishedAt: row.publishedAt,
    updatedAt: published.createdAt,
    updatedByLabel: published.authorLabel,
    revisions: [],
    permissions,
  }
}

/** What changed between two revisions (readers of the region's drafts). */
export async function diffAgreementRevisions(db: Kysely<DB>, ctx: Ctx, input: { id: number; from: number; to: number }) {
  const row = await getAgreementRow(db, input.id)
  requirePermission(ctx, { action: 'read_drafts', regionCode: row.regionCode })
  const [from, to] = await Promise.all([
    findAgreementRevision(db, { agreementId: row.id, revision: input.from }),
    findAgreementRevision(db, { agreementId: row.id, revision: input.to }),
  ])
  if (!from || !to) throw new DomainError('NOT_FOUND', `Versie ${!from ? input.from : input.to} van afspraak ${row.id} bestaat niet.`)
  return {
    id: row.id,
    title: row.title,
    region: { code: row.regionCode, slug: row.regionSlug, name: row.regionName },
    from: { revision: from.revision, createdAt: from.createdAt, authorLabel: from.authorLabel },
    to: { revision: to.revision, createdAt: to.createdAt, authorLabel: to.authorLabel },
    changes: diffRevisions(from.snapshot, to.snapshot),
  }
}
