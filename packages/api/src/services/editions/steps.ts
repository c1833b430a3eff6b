// The region's and the adviser's steps on a picture (issue 14), each checked against the domain's
// transition table, guarded by the row's version, audited and told to the other side.

import {
  insertDisputes,
  insertEditionEvent,
  insertReviewComments,
  takeRegionPicture,
  updateEditionRegionIfVersion,
  type DB,
  type PictureUpdate,
  type Transaction,
} from '@bt/db'
import {
  checkPicture,
  DomainError,
  pictureItems,
  unexplainedFindings,
  type ConfirmPictureSchema,
  type EditionAction,
  type ReturnPictureSchema,
  type SavePictureSchema,
} from '@bt/domain'
import type { z } from 'zod'
import { notify } from '../../notifications/notify.ts'
import { regionAdviserIds, regionEditorIds } from '../../notifications/recipients.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import type { Kysely } from '@bt/db'
import { getPictureRow, requireAssignedAdviser, requireOpen, requireRegionEditor, stepOrRefuse, type EditionCtx } from './lookup.ts'

type Row = Awaited<ReturnType<typeof getPictureRow>>

const AUDIT_ACTIONS = {
  save: 'edition.picture_saved',
  submit: 'edition.picture_submitted',
  return: 'edition.picture_returned',
  approve: 'edition.picture_approved',
  confirm: 'edition.picture_confirmed',
} as const

const STEP_TEXT: Record<EditionAction, string> = {
  save: 'opgeslagen',
  submit: 'ingediend',
  return: 'teruggestuurd met opmerkingen',
  approve: 'goedgekeurd',
  confirm: 'bevestigd',
}

/** The region's current picture from its published records, with the consistency findings. */
export async function livePicture(trx: Kysely<DB>, ctx: EditionCtx, found: Pick<Row, 'edition' | 'region'>) {
  const { picture, series } = await takeRegionPicture(trx, { regionCode: found.region.code, onDate: ctx.today, now: ctx.now })
  const findings = checkPicture(picture, series, { periods: found.edition.bandPeriods, madFactor: found.edition.bandMadFactor })
  return { picture, findings }
}

/** Write one step: the row (version-guarded), the event, the audit row, and who hears of it. */
async function writeStep(trx: Transaction<DB>, ctx: EditionCtx, found: Row, action: EditionAction, version: number, update: Omit<PictureUpdate, 'byLabel' | 'now'>) {
  const actor = requireActor(ctx)
  const { edition, region, row } = found
  const newVersion = await updateEditionRegionIfVersion(
    trx,
    { editionId: edition.id, regionCode: region.code, version },
    { ...update, byLabel: actor.name, now: ctx.now },
  )
  if (newVersion === undefined) throw staleEdit(`het beeld van ${region.name}`, { state: row.state, version: row.version })
  await insertEditionEvent(trx, { editionId: edition.id, regionCode: region.code, action, fromState: row.state, toState: update.state, byUserId: actor.userId, byLabel: actor.name })
  await audit(trx, ctx, {
    action: AUDIT_ACTIONS[action],
    entityType: 'edition_region',
    entityId: `${edition.key}/${region.code}`,
    regionCode: region.code,
    before: { state: row.state },
    after: { state: update.state },
  })
  if (action !== 'save') {
    const recipientIds = action === 'submit' || action === 'confirm' ? await regionAdviserIds(trx, { regionCode: region.code }) : await regionEditorIds(trx, { regionCode: region.code })
    await notify(trx, {
      kind: 'edition_step',
      payload: { editionKey: edition.key, regionSlug: region.slug, regionName: region.name, stepLabel: `beeld ${STEP_TEXT[action]}`, byLabel: actor.name },
      sourceKey: `edition:${edition.key}:${region.code}:${action}:${newVersion}`,
      recipientIds: recipientIds.filter((id) => id !== actor.userId),
      now: ctx.now,
    })
  }
  return { state: update.state, version: newVersion }
}

/** The region editor saves explanations of the consistency findings (a draft). */
export async function savePicture(trx: Transaction<DB>, ctx: EditionCtx, input: z.output<typeof SavePictureSchema>) {
  const found = await getPictureRow(trx, input.editionKey, input.regionSlug)
  requireOpen(found.edition)
  requireRegionEditor(ctx, found.region)
  const state = stepOrRefuse(found.row.state, 'save', found.region.name)
  return writeStep(trx, ctx, found, 'save', input.version, { state, explanations: { ...found.row.explanations, ...input.explanations } })
}

/**
 * The region editor submits: the picture is taken now from the published records; every
 * contradiction must be resolved or explained first (field errors per finding otherwise).
 */
export async function submitPicture(trx: Transaction<DB>, ctx: EditionCtx, input: z.output<typeof SavePictureSchema>) {
  const found = await getPictureRow(trx, input.editionKey, input.regionSlug)
  requireOpen(found.edition)
  requireRegionEditor(ctx, found.region)
  const state = stepOrRefuse(found.row.state, 'submit', found.region.name)
  const explanations = { ...found.row.explanations, ...input.explanations }
  const { picture, findings } = await livePicture(trx, ctx, found)
  const open = unexplainedFindings(findings, explanations)
  if (open.length > 0) {
    throw new DomainError('INVALID', 'Los de tegenstrijdigheden op of licht ze toe voordat u het beeld indient.', {
      fieldErrors: Object.fromEntries(open.map((f) => [`explanations.${f.key}`, ['Pas het gegeven aan of licht deze tegenstrijdigheid toe (minstens 5 tekens).']])),
      findings: open,
    })
  }
  const kept = Object.fromEntries(findings.map((f) => [f.key, explanations[f.key] ?? '']))
  return writeStep(trx, ctx, found, 'submit', input.version, { state, explanations: kept, picture, findings })
}

/** The assigned adviser returns the picture with a comment per item. */
export async function returnPicture(trx: Transaction<DB>, ctx: EditionCtx, input: z.output<typeof ReturnPictureSchema>) {
  const found = await getPictureRow(trx, input.editionKey, input.regionSlug)
  requireOpen(found.edition)
  requireAssignedAdviser(ctx, found.region)
  const state = stepOrRefuse(found.row.state, 'return', found.region.name)
  const known = new Set([...(found.row.picture ? pictureItems(found.row.picture).map((i) => i.key) : []), ...found.row.findings.map((f) => f.itemKey)])
  const unknown = input.comments.findIndex((c) => !known.has(c.itemKey))
  if (unknown >= 0) {
    throw new DomainError('INVALID', 'Een opmerking hoort bij een onderdeel van het ingediende beeld.', {
      fieldErrors: { [`comments.${unknown}.itemKey`]: ['Kies een onderdeel van het ingediende beeld.'] },
    })
  }
  const reviewRound = found.row.reviewRound + 1
  const result = await writeStep(trx, ctx, found, 'return', input.version, { state, reviewRound })
  const actor = requireActor(ctx)
  await insertReviewComments(trx, { editionId: found.edition.id, regionCode: found.region.code, reviewRound, authorUserId: actor.userId, authorLabel: actor.name }, input.comments)
  return result
}

/** The assigned adviser approves the submitted picture. */
export async function approvePicture(trx: Transaction<DB>, ctx: EditionCtx, input: { editionKey: string; regionSlug: string; version: number }) {
  const found = await getPictureRow(trx, input.editionKey, input.regionSlug)
  requireOpen(found.edition)
  requireAssignedAdviser(ctx, found.region)
  const state = stepOrRefuse(found.row.state, 'approve', found.region.name)
  return writeStep(trx, ctx, found, 'approve', input.version, { state, reviewRound: found.row.reviewRound + 1 })
}

/** The region confirms the approved picture, disputing items it does not accept with a reason each. */
export async function confirmPicture(trx: Transaction<DB>, ctx: EditionCtx, input: z.output<typeof ConfirmPictureSchema>) {
  const found = await getPictureRow(trx, input.editionKey, input.regionSlug)
  requireOpen(found.edition)
  requireRegionEditor(ctx, found.region)
  const state = stepOrRefuse(found.row.state, 'confirm', found.region.name)
  const items = new Map((found.row.picture ? pictureItems(found.row.picture) : []).map((i) => [i.key, i.label]))
  const seen = new Set<string>()
  for (const [index, dispute] of input.disputes.entries()) {
    const problem = !items.has(dispute.itemKey) ? 'Kies een onderdeel van het beeld.' : seen.has(dispute.itemKey) ? 'Betwist elk onderdeel één keer.' : null
    if (problem) throw new DomainError('INVALID', problem, { fieldErrors: { [`disputes.${index}.itemKey`]: [problem] } })
    seen.add(dispute.itemKey)
  }
  const result = await writeStep(trx, ctx, found, 'confirm', input.version, { state })
  const actor = requireActor(ctx)
  await insertDisputes(
    trx,
    { editionId: found.edition.id, regionCode: found.region.code, authorUserId: actor.userId, authorLabel: actor.name },
    input.disputes.map((d) => ({ itemKey: d.itemKey, itemLabel: items.get(d.itemKey) ?? d.itemKey, reason: d.reason })),
  )
  return result
}
