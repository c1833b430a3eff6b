import {
  findBottleneck,
  findSignal,
  insertBottleneck,
  insertBottleneckComment,
  insertBottleneckEvent,
  setBottleneckStateIfVersion,
  updateBottleneckIfVersion,
  type DB,
  type Transaction,
} from '@bt/db'
import {
  type AddBottleneckCommentSchema,
  BOTTLENECK_STATE_LABELS,
  type ChangeBottleneckStateSchema,
  type CreateBottleneckSchema,
  DomainError,
  type UpdateBottleneckSchema,
  canChangeBottleneckState,
  forbiddenTransitionMessage,
  type BottleneckFields,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { notifyBottleneckAssigned, notifyBottleneckRaised } from '../../notifications/bottlenecks.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { mayManageBottlenecks, raisingRegions, registerScope } from './access.ts'
import { checkBottleneckFields } from './validate.ts'
import { checkBottleneckMentions, notifyBottleneckComment, notifyBottleneckCoAuthors } from '../collaboration/bottleneck-collaboration.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

const FIELD_NAMES = [
  'title',
  'description',
  'buildingBlocks',
  'regionCodes',
  'severity',
  'likelihood',
  'ownerUserId',
  'dueDate',
  'agreementIds',
  'indicatorKeys',
] as const satisfies readonly (keyof BottleneckFields)[]

function diffFields(before: Record<(typeof FIELD_NAMES)[number], unknown>, after: BottleneckFields) {
  const changes: Record<string, { before: unknown; after: unknown }> = {}
  for (const field of FIELD_NAMES) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { before: before[field], after: after[field] }
  }
  return changes
}

async function getVisibleRow(trx: Transaction<DB>, ctx: Ctx, id: number) {
  const scope = registerScope(ctx.actor)
  const row = scope ? await findBottleneck(trx, { id, scope }) : undefined
  if (!row) throw new DomainError('NOT_FOUND', `Knelpunt ${id} bestaat niet.`)
  return row
}

function requireManager(ctx: Ctx) {
  if (!mayManageBottlenecks(ctx.actor)) {
    throw new DomainError('FORBIDDEN', 'Alleen de stuurgroep en VNG-analisten wijzigen knelpunten in het register.')
  }
}

/** The signal a bottleneck is promoted from, with its evidence as it travels along. */
async function promotedEvidence(trx: Transaction<DB>, signalId: number) {
  const signal = await findSignal(trx, { id: signalId })
  if (!signal) {
    throw new DomainError('INVALID', `Signaal ${signalId} bestaat niet.`, { fieldErrors: { signalId: ['Dit signaal bestaat niet (meer).'] } })
  }
  const { id, kind, summary, evidence, links, regionCode, regionName, openedAt } = signal
  return { signal, evidence: { signal: { id, kind, summary, regionCode, regionName, openedAt: openedAt.toISOString() }, evidence, links } }
}

/** Raise a bottleneck, or promote a signal to one (its evidence travels along). Audited and notified. */
export async function createBottleneck(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof CreateBottleneckSchema>) {
  const actor = requireActor(ctx)
  const regions = raisingRegions(actor)
  const manager = mayManageBottlenecks(actor)
  // A region raises for itself: with no region chosen, its own is the one concerned.
  const fields = regions && input.fields.regionCodes.length === 0 ? { ...input.fields, regionCodes: regions } : input.fields
  if (!manager && (fields.ownerUserId !== null || fields.dueDate !== null)) {
    throw new DomainError('INVALID', 'Alleen de stuurgroep en VNG-analisten wijzen een eigenaar en een streefdatum toe.', {
      fieldErrors: { ownerUserId: fields.ownerUserId ? ['Alleen de stuurgroep en VNG-analisten wijzen een eigenaar toe.'] : undefined },
    })
  }
  if (input.signalId !== null && regions) throw new DomainError('FORBIDDEN', 'Alleen landelijke gebruikers zetten een signaal om in een knelpunt.')
  await checkBottleneckFields(trx, { fields, stored: null, today: ctx.today, raisingRegions: regions })
  const promoted = input.signalId === null ? null : await promotedEvidence(trx, input.signalId)
  const created = await insertBottleneck(trx, {
    content: fields,
    signalIds: promoted ? [promoted.signal.id] : [],
    sourceSignalId: promoted?.signal.id ?? null,
    evidence: promoted?.evidence ?? null,
    raisedByUserId: actor.userId,
    raisedByLabel: actor.name,
    raisedByRegionCode: regions?.[0] ?? null,
    now: ctx.now,
  })
  await insertBottleneckEvent(trx, { bottleneckId: created.id, event: 'created', fromState: null, toState: 'reported', actorUserId: actor.userId, actorLabel: actor.name, now: ctx.now })
  await audit(trx, ctx, {
    action: 'bottleneck.created',
    entityType: 'bottleneck',
    entityId: String(created.id),
    regionCode: fields.regionCodes.length === 1 ? fields.regionCodes[0] : null,
    after: { ...fields, sourceSignalId: promoted?.signal.id ?? null },
  })
  const event = { bottleneckId: created.id, title: fields.title, actorLabel: actor.name }
  await notifyBottleneckRaised(trx, { ...ctx, actor }, event)
  if (fields.ownerUserId) await notifyBottleneckAssigned(trx, { ...ctx, actor }, { ...event, ownerUserId: fields.ownerUserId })
  return created
}

/** A steering member or analyst saves a bottleneck's fields on the version they saw. */
export async function updateBottleneck(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof UpdateBottleneckSchema>) {
  requireManager(ctx)
  const actor = requireActor(ctx)
  const row = await getVisibleRow(trx, ctx, input.id)
  if (row.version !== input.version) throw staleEdit('dit knelpunt', row)
  await checkBottleneckFields(trx, { fields: input.fields, stored: row, today: ctx.today, raisingRegions: null })
  const saved = await updateBottleneckIfVersion(trx, { id: row.id, version: input.version, content: input.fields, actorLabel: actor.name, now: ctx.now })
  if (!saved) throw staleEdit('dit knelpunt', await findBottleneck(trx, { id: row.id }))
  const changes = diffFields(row, input.fields)
  await insertBottleneckEvent(trx, { bottleneckId: row.id, event: 'updated', fromState: null, toState: null, changes, actorUserId: actor.userId, actorLabel: actor.name, now: ctx.now })
  await audit(trx, ctx, { action: 'bottleneck.updated', entityType: 'bottleneck', entityId: String(row.id), before: row, after: input.fields })
  if (input.fields.ownerUserId && input.fields.ownerUserId !== row.ownerUserId) {
    await notifyBottleneckAssigned(trx, { ...ctx, actor }, { bottleneckId: row.id, title: input.fields.title, actorLabel: actor.name, ownerUserId: input.fields.ownerUserId })
  }
  await notifyBottleneckCoAuthors(trx, ctx, { row: { id: row.id, title: input.fields.title }, change: 'knelpunt gewijzigd', changeKey: `version:${saved.version}` })
  return { id: row.id, version: saved.version }
}

/** Move a bottleneck through the transition table; a forbidden change is a Dutch INVALID. */
export async function changeBottleneckState(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof ChangeBottleneckStateSchema>) {
  requireManager(ctx)
  const actor = requireActor(ctx)
  const row = await getVisibleRow(trx, ctx, input.id)
  if (row.version !== input.version) throw staleEdit('dit knelpunt', row)
  const from = row.state
  if (!canChangeBottleneckState(from, input.to)) {
    const message = forbiddenTransitionMessage(from, input.to)
    throw new DomainError('INVALID', message, { fieldErrors: { to: [message] } })
  }
  const saved = await setBottleneckStateIfVersion(trx, { id: row.id, version: input.version, state: input.to, reason: input.reason, actorLabel: actor.name, now: ctx.now })
  if (!saved) throw staleEdit('dit knelpunt', await findBottleneck(trx, { id: row.id }))
  await insertBottleneckEvent(trx, { bottleneckId: row.id, event: 'state_changed', fromState: from, toState: input.to, reason: input.reason, actorUserId: actor.userId, actorLabel: actor.name, now: ctx.now })
  await audit(trx, ctx, {
    action: 'bottleneck.state_changed',
    entityType: 'bottleneck',
    entityId: String(row.id),
    before: { state: from },
    after: { state: input.to, reason: input.reason },
  })
  await notifyBottleneckCoAuthors(trx, ctx, { row, change: `status ${BOTTLENECK_STATE_LABELS[input.to].toLocaleLowerCase('nl-NL')}`, changeKey: `version:${saved.version}` })
  return { id: row.id, version: saved.version, state: input.to }
}

/** Comment on a bottleneck one can see (not anonymous). Audited. */
export async function addBottleneckComment(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof AddBottleneckCommentSchema>) {
  const actor = requireActor(ctx)
  const row = await getVisibleRow(trx, ctx, input.bottleneckId)
  // Mentions (issue 17): only readers of the bottleneck; refused before anything is stored.
  const mentioned = await checkBottleneckMentions(trx, row, input.body)
  const id = await insertBottleneckComment(trx, { bottleneckId: row.id, authorUserId: actor.userId, authorLabel: actor.name, body: input.body, now: ctx.now })
  await audit(trx, ctx, { action: 'bottleneck.commented', entityType: 'bottleneck_comment', entityId: String(id), after: { bottleneckId: row.id, body: input.body } })
  await notifyBottleneckComment(trx, ctx, { row, commentId: id, body: input.body, mentioned })
  return { id, mentioned: mentioned.map((m) => m.name) }
}
