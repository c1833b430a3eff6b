import { listIndicatorLabels, listPublishedAgreementIds, listRegionSlugs, type DB, type Kysely } from '@bt/db'
import { DomainError, type BottleneckFields, type FieldErrors } from '@bt/domain'
import { listOwnerCandidates } from './register.ts'

// Checks of a bottleneck's fields that need the database or the stored record. Each failure is a
// Dutch message on its field; all are collected so the form shows them together.

/** The stored values the checks compare with when a bottleneck is edited (null when raising one). */
interface Stored {
  dueDate: string | null
  ownerUserId: string | null
}

/**
 * Throw INVALID with field errors when an owner, region, agreement or indicator does not exist, or
 * a due date is set in the past. An unchanged due date passes, so an overdue bottleneck stays editable.
 */
export async function checkBottleneckFields(
  db: Kysely<DB>,
  params: { fields: BottleneckFields; stored: Stored | null; today: string; raisingRegions: string[] | null },
): Promise<void> {
  const { fields, stored, today } = params
  const errors: FieldErrors = {}
  const add = (field: string, message: string) => (errors[field] ??= []).push(message)

  if (fields.ownerUserId !== null && fields.ownerUserId !== stored?.ownerUserId) {
    const owners = await listOwnerCandidates(db)
    if (!owners.some((o) => o.id === fields.ownerUserId)) {
      add('ownerUserId', 'Deze eigenaar bestaat niet of kan geen knelpunt beheren. Kies een lid van de stuurgroep, een analist of een adviseur.')
    }
  }
  if (fields.dueDate !== null && fields.dueDate !== stored?.dueDate && fields.dueDate < today) {
    add('dueDate', `Een nieuwe streefdatum ligt niet in het verleden. Kies vandaag (${today}) of later.`)
  }
  if (fields.regionCodes.length > 0) {
    const known = await listRegionSlugs(db, { codes: fields.regionCodes })
    const unknown = fields.regionCodes.filter((code) => !known.some((k) => k.code === code))
    if (unknown.length > 0) add('regionCodes', `Onbekende regio: ${unknown.join(', ')}. Kies regio's uit de lijst.`)
  }
  if (params.raisingRegions && fields.regionCodes.some((code) => !params.raisingRegions?.includes(code))) {
    add('regionCodes', 'U meldt een knelpunt alleen voor uw eigen regio.')
  }
  if (fields.agreementIds.length > 0) {
    const published = await listPublishedAgreementIds(db, { ids: fields.agreementIds })
    const missing = fields.agreementIds.filter((id) => !published.includes(id))
    if (missing.length > 0) add('agreementIds', `Afspraak ${missing.join(', ')} bestaat niet of is niet gepubliceerd.`)
  }
  if (fields.indicatorKeys.length > 0) {
    const known = await listIndicatorLabels(db, { keys: fields.indicatorKeys })
    const unknown = fields.indicatorKeys.filter((key) => !known.some((k) => k.key === key))
    if (unknown.length > 0) add('indicatorKeys', `Onbekende indicator: ${unknown.join(', ')}.`)
  }
  if (Object.keys(errors).length > 0) {
    throw new DomainError('INVALID', 'Het knelpunt is niet opgeslagen: controleer de gemarkeerde velden.', { fieldErrors: errors })
  }
}
