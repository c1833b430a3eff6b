import {
  bumpBuildingBlockVersion,
  bumpSubLineVersion,
  findBuildingBlockVersion,
  findDecisionMoment,
  findSubLine,
  insertBlockText,
  insertDecisionMoment,
  insertSubLineStatus,
  isUniqueViolation,
  listBlockTextsAsOf,
  listSubLineStatusesAsOf,
  type DB,
  type Transaction,
} from '@bt/db'
import { DomainError, type AddDecisionMomentInput, type SetBlockTextInput, type SetSubLineStatusInput } from '@bt/domain'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, requirePermission, staleEdit } from '../guards.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'today'>

/** An analyst adds a decision moment (a BO date); one moment per date. */
export async function addDecisionMoment(trx: Transaction<DB>, ctx: Ctx, input: AddDecisionMomentInput) {
  requirePermission(ctx, { action: 'manage_building_blocks' })
  const moment = await insertDecisionMoment(trx, { ...input, createdByLabel: requireActor(ctx).name }).catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error
    throw new DomainError('CONFLICT', `Er is al een besluitmoment op ${input.momentDate}.`, {
      fieldErrors: { momentDate: ['Er is al een besluitmoment op deze datum.'] },
    })
  })
  await audit(trx, ctx, { action: 'decision_moment.added', entityType: 'decision_moment', entityId: String(moment.id), after: moment })
  return moment
}

async function getMoment(trx: Transaction<DB>, id: number) {
  const moment = await findDecisionMoment(trx, { id })
  if (!moment) {
    throw new DomainError('INVALID', `Besluitmoment ${id} bestaat niet.`, { fieldErrors: { momentId: ['Kies een bestaand besluitmoment.'] } })
  }
  return moment
}

/**
 * An analyst sets a sub-line's status for a decision moment, with a note. A change for a moment
 * in the future stays unpublished until that date (the reads filter on the moment's date).
 */
export async function setSubLineStatus(trx: Transaction<DB>, ctx: Ctx, input: SetSubLineStatusInput) {
  requirePermission(ctx, { action: 'manage_building_blocks' })
  const line = await findSubLine(trx, { id: input.subLineId })
  if (!line) throw new DomainError('NOT_FOUND', `Onderdeel ${input.subLineId} bestaat niet.`)
  const moment = await getMoment(trx, input.momentId)
  const bumped = await bumpSubLineVersion(trx, { id: line.id, version: input.version })
  if (!bumped) throw staleEdit('dit onderdeel', line)
  const [before] = await listSubLineStatusesAsOf(trx, { onDate: moment.momentDate, buildingBlock: line.buildingBlock }).then((rows) =>
    rows.filter((r) => r.subLineId === line.id),
  )
  const change = { status: input.status, note: input.note, plannedDate: input.plannedDate ?? null }
  const row = await insertSubLineStatus(trx, { subLineId: line.id, decisionMomentId: moment.id, ...change, recordedByLabel: requireActor(ctx).name })
  await audit(trx, ctx, {
    action: 'sub_line.status_set',
    entityType: 'sub_line',
    entityId: String(line.id),
    before: before ? { status: before.status, note: before.note, moment: before.momentDate } : null,
    after: { ...change, moment: moment.momentDate },
  })
  return { id: row.id, version: bumped.version, momentDate: moment.momentDate, published: moment.momentDate <= ctx.today }
}

/** The block's saved version and its latest texts (prepared ones included): what a stale edit is shown beside. */
async function currentBlockText(trx: Transaction<DB>, buildingBlock: string) {
  const [version, [latest]] = await Promise.all([
    findBuildingBlockVersion(trx, { key: buildingBlock }),
    listBlockTextsAsOf(trx, { onDate: '9999-12-31', buildingBlock }),
  ])
  return { version: version?.version ?? null, explanation: latest?.explanation ?? '', implementation: latest?.implementation ?? '' }
}

/** An analyst sets a block's explanation and implementation text for a decision moment, with a note. */
export async function setBlockText(trx: Transaction<DB>, ctx: Ctx, input: SetBlockTextInput) {
  requirePermission(ctx, { action: 'manage_building_blocks' })
  const moment = await getMoment(trx, input.momentId)
  const bumped = await bumpBuildingBlockVersion(trx, { key: input.buildingBlock, version: input.version })
  if (!bumped) throw staleEdit('deze bouwsteen', await currentBlockText(trx, input.buildingBlock))
  const [before] = await listBlockTextsAsOf(trx, { onDate: moment.momentDate, buildingBlock: input.buildingBlock })
  const after = { explanation: input.explanation, implementation: input.implementation, note: input.note }
  await insertBlockText(trx, { buildingBlock: input.buildingBlock, decisionMomentId: moment.id, ...after, recordedByLabel: requireActor(ctx).name })
  await audit(trx, ctx, {
    action: 'building_block.text_set',
    entityType: 'building_block',
    entityId: input.buildingBlock,
    before: before ? { explanation: before.explanation, implementation: before.implementation } : null,
    after: { ...after, moment: moment.momentDate },
  })
  return { version: bumped.version, momentDate: moment.momentDate }
}
