import { listAgreementContents, listAgreementVersions, type DB, type Transaction } from '@bt/db'
import { AGREEMENT_STAGE_LABELS, type AgreementFields, type BulkPublishSchema, type BulkStageSchema, canChangeStage, DomainError, mapValue } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { getEditableRegion } from '../regions/region.ts'
import { publishAgreement, updateAgreement } from './agreements.ts'
import type { SheetError } from './agreement-sheet.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/** Move a selection of a region's agreements to one stage, all or nothing (each saved as a revision). */
export async function changeStages(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof BulkStageSchema>) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const byId = new Map((await listAgreementContents(trx, { regionCode: region.code })).map((a) => [a.id, a]))
  const errors: SheetError[] = []
  for (const id of input.ids) {
    const current = byId.get(id)
    if (!current) errors.push({ row: id, column: 'id', message: `Afspraak ${id} hoort niet bij ${region.name}.` })
    else if (!canChangeStage(current.stage, input.stage)) {
      errors.push({
        row: id,
        column: 'stadium',
        message: `"${current.title}": van "${AGREEMENT_STAGE_LABELS[current.stage]}" naar "${AGREEMENT_STAGE_LABELS[input.stage]}" kan niet.`,
      })
    } else if (input.stage === 'vervallen' && input.stageReason.length < 5) {
      errors.push({ row: id, column: 'reden_stadium', message: 'Geef aan waarom de afspraken zijn vervallen.' })
    }
  }
  if (errors.length > 0) {
    throw new DomainError('INVALID', 'Het stadium is niet gewijzigd: niet elke gekozen afspraak kan naar dit stadium.', { rowErrors: errors })
  }
  for (const id of input.ids) {
    const current = mapValue(byId, id)
    const { id: _id, version, delays: _delays, dueDate: _dueDate, ...content } = current
    const fields = { ...content, stage: input.stage, stageReason: input.stage === 'vervallen' ? input.stageReason : content.stageReason }
    // The sheet row was parsed with AgreementFieldsSchema above; its output is AgreementFields.
    await updateAgreement(trx, ctx, { id, version, fields: fields as AgreementFields })
  }
  return { changed: input.ids.length }
}

/**
 * Publish a selection of a region's agreements, all or nothing, each at the version the editor saw
 * (a stale one refuses the whole selection, naming it) and each exactly as a single publish does
 * (revision marked public, audited, co-authors told). Ones already public at that version are left alone.
 */
export async function publishAgreements(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof BulkPublishSchema>) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const byId = new Map((await listAgreementVersions(trx, { regionCode: region.code })).map((a) => [a.id, a]))
  const errors: SheetError[] = []
  for (const { id, version } of input.items) {
    const current = byId.get(id)
    if (!current) errors.push({ row: id, column: 'id', message: `Afspraak ${id} hoort niet bij ${region.name}.` })
    else if (current.version !== version) {
      errors.push({
        row: id,
        column: 'versie',
        message: `"${current.title}" is intussen gewijzigd door ${current.updatedByLabel} (nu versie ${current.version}). Bekijk de wijziging en kies opnieuw.`,
      })
    }
  }
  if (errors.length > 0) {
    throw new DomainError('CONFLICT', 'Er is niets gepubliceerd: niet elke gekozen afspraak staat nog zoals u haar zag.', { rowErrors: errors })
  }
  const toPublish = input.items.filter(({ id, version }) => mapValue(byId, id).publishedRevision !== version)
  for (const item of toPublish) await publishAgreement(trx, ctx, item)
  return { published: toPublish.length, alreadyPublished: input.items.length - toPublish.length }
}
