import { listActionItemsDueBy, listAgreementsDueBetween, type DB, type Kysely } from '@bt/db'
import { OPEN_STAGES } from '@bt/domain'
import { toAmsterdamDate } from '../context.ts'
import { agreementRef, coAuthorIds } from '../services/agreements/co-authors.ts'
import { notify } from './notify.ts'
import { regionEditorIds } from './recipients.ts'

/** How many days ahead "coming due" looks. */
export const DUE_SOON_DAYS = 7

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * Tell people what falls due within a week: an open agreement's region editors and co-authors, an
 * open action item's owner. One
 * short transaction per item; the source key holds the due date, so a rerun (or a second worker at the
 * same time) notifies nobody twice, and a moved date notifies again. Returns how many were notified.
 */
export async function notifyDueItems(db: Kysely<DB>, params: { now: Date }): Promise<{ notified: number }> {
  const today = toAmsterdamDate(params.now)
  const agreements = await listAgreementsDueBetween(db, { from: today, to: addDays(today, DUE_SOON_DAYS), stages: OPEN_STAGES })
  let notified = 0
  for (const agreement of agreements) {
    if (agreement.dueDate === null) continue
    const dueDate = agreement.dueDate
    const record = agreementRef(agreement)
    const created = await db.transaction().execute(async (trx) => {
      const recipientIds = [...(await regionEditorIds(trx, { regionCode: agreement.regionCode })), ...(await coAuthorIds(trx, agreement.id))]
      return notify(trx, {
        kind: 'item_due',
        payload: { recordLabel: 'de afspraak', recordTitle: record.title, link: record.link, dueDate },
        sourceKey: `${record.key}:due:${dueDate}`,
        recipientIds,
        now: params.now,
      })
    })
    notified += created.length
  }
  for (const action of await listActionItemsDueBy(db, { from: today, to: addDays(today, DUE_SOON_DAYS) })) {
    const created = await db.transaction().execute((trx) =>
      notify(trx, {
        kind: 'item_due',
        payload: { recordLabel: 'het actiepunt', recordTitle: action.description, link: '/mijn-werk#taak-actiepunten', dueDate: action.dueDate },
        sourceKey: `action:${action.id}:due:${action.dueDate}`,
        recipientIds: [action.ownerUserId],
        now: params.now,
      }),
    )
    notified += created.length
  }
  return { notified }
}
