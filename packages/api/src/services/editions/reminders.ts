// Reminders for the open edition (issue 14): a week before the due date to the editors of regions
// that have not submitted, and after it to them and their adviser. Each reminder is a notification
// with its own source key, so however many workers run this at once, each person gets it once.

import { findOpenEdition, listEditionRegions, type DB, type Kysely } from '@bt/db'
import { toAmsterdamDate } from '../../context.ts'
import { notify } from '../../notifications/notify.ts'
import { regionAdviserIds, regionEditorIds } from '../../notifications/recipients.ts'

/** How many days before the due date the first reminder goes out. */
export const REMINDER_DAYS_BEFORE = 7

const NOT_SUBMITTED = new Set(['not_started', 'draft', 'returned'])

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Send the reminders that are due now; returns how many people were newly reminded. */
export async function sendEditionReminders(db: Kysely<DB>, params: { now: Date }): Promise<{ reminded: number }> {
  const edition = await findOpenEdition(db)
  if (!edition) return { reminded: 0 }
  const today = toAmsterdamDate(params.now)
  if (today < addDays(edition.dueDate, -REMINDER_DAYS_BEFORE)) return { reminded: 0 }
  const afterDue = today > edition.dueDate
  let reminded = 0
  for (const row of await listEditionRegions(db, { editionId: edition.id })) {
    if (!NOT_SUBMITTED.has(row.state)) continue
    const recipientIds = [
      ...(await regionEditorIds(db, { regionCode: row.regionCode })),
      ...(afterDue ? await regionAdviserIds(db, { regionCode: row.regionCode }) : []),
    ]
    if (recipientIds.length === 0) continue
    // One short transaction per region: the notification and its mail commit together.
    const notified = await db.transaction().execute((trx) =>
      notify(trx, {
        kind: 'edition_reminder',
        payload: { editionKey: edition.key, regionSlug: row.regionSlug, regionName: row.regionName, dueDate: edition.dueDate, afterDue },
        sourceKey: `edition:${edition.key}:${row.regionCode}:reminder:${afterDue ? 'after' : 'before'}`,
        recipientIds,
        now: params.now,
      }),
    )
    reminded += notified.length
  }
  return { reminded }
}
