import { insertEdition, listRegions, takeRegionPicture, type DB, type Transaction } from '@bt/db'
import { pictureItems, type EditionPicture, type EditionRegionState } from '@bt/domain'
import { storeFrozenEditionChanges } from '../services/editions/changes.ts'
import { editionLabel } from '../services/editions/lifecycle.ts'

// Demo editions (issue 14): two frozen past editions and an open one, with real differences
// between them so the as-of and change views show something on the first start. The past pictures
// take the indicator values of their own date; levels and agreements are the current ones made
// plausibly earlier (lower levels, fewer agreements, fewer realised, fewer delays).

interface DemoEdition {
  key: string
  onDate: string
  windowOpens: string
  windowCloses: string
  dueDate: string
  frozenAt: string | null
  /** How far back this picture lies: 2 for the oldest, 1 for the next, 0 for now. */
  age: number
}

const EDITIONS: DemoEdition[] = [
  { key: '2025-H1', onDate: '2025-06-30', windowOpens: '2025-06-02', windowCloses: '2025-07-11', dueDate: '2025-07-11', frozenAt: '2025-07-21T10:00:00Z', age: 2 },
  { key: '2025-H2', onDate: '2025-12-31', windowOpens: '2025-11-17', windowCloses: '2025-12-19', dueDate: '2025-12-19', frozenAt: '2026-01-12T10:00:00Z', age: 1 },
  { key: '2026-H2', onDate: '2026-11-30', windowOpens: '2026-11-16', windowCloses: '2026-12-18', dueDate: '2026-12-18', frozenAt: null, age: 0 },
]

/** The picture as it plausibly stood `age` half years ago. */
function earlier(picture: EditionPicture, age: number, regionIndex: number): EditionPicture {
  if (age === 0) return picture
  return {
    ...picture,
    // The demo financial agreements are published today: no earlier picture held one.
    financialAgreement: null,
    levels: picture.levels.map((l, i) => ({ ...l, level: (regionIndex + i) % (age === 2 ? 2 : 4) === 0 ? Math.max(0, l.level - 1) : l.level })),
    agreements: picture.agreements
      .filter((a) => a.id % (age === 2 ? 3 : 6) !== 0)
      .map((a) => ({
        ...a,
        stage: a.stage === 'gerealiseerd' && (age === 2 || a.id % 2 === 1) ? 'in_uitvoering' : a.stage,
        delayCount: Math.max(0, a.delayCount - age + 1),
        overdue: age === 1 ? a.overdue && a.id % 2 === 0 : false,
      })),
  }
}

/** Seed the demo editions inside the demo transaction (idempotent through the demo setting). */
export async function seedDemoEditions(trx: Transaction<DB>): Promise<void> {
  for (const edition of EDITIONS) {
    const regions = (await listRegions(trx, { onDate: edition.windowOpens })).filter((r) => r.municipalityCount > 0)
    const id = await insertEdition(
      trx,
      {
        key: edition.key,
        label: editionLabel(edition.key),
        referenceDate: edition.windowOpens,
        windowOpens: edition.windowOpens,
        windowCloses: edition.windowCloses,
        dueDate: edition.dueDate,
        bandPeriods: 8,
        bandMadFactor: 3,
        openedByLabel: 'Demo-analist',
      },
      regions.map((r) => r.code),
    )
    for (const [index, region] of regions.entries()) {
      const state = demoState(edition, index, region.slug)
      if (state === 'not_started') continue
      const takenAt = new Date(`${edition.onDate}T12:00:00Z`)
      const { picture } = await takeRegionPicture(trx, { regionCode: region.code, onDate: edition.onDate, now: takenAt })
      const shown = earlier(picture, edition.age, index)
      await trx
        .updateTable('editionRegion')
        .set({ state, picture: state === 'draft' ? null : JSON.stringify(shown), pictureTakenAt: state === 'draft' ? null : takenAt, lastActivityAt: takenAt, lastActivityByLabel: 'Demo-redacteur', reviewRound: state === 'confirmed' ? 1 : 0, version: 1 })
        .where('editionId', '=', id)
        .where('regionCode', '=', region.code)
        .execute()
      // In the last frozen edition every fifth region disputed its first level.
      if (edition.age === 1 && state === 'confirmed' && index % 5 === 2) {
        const item = pictureItems(shown)[0]
        if (item) {
          await trx
            .insertInto('editionDispute')
            .values({ editionId: id, regionCode: region.code, itemKey: item.key, itemLabel: item.label, reason: 'De regio ziet dit niveau hoger: de raden stemden in het najaar in.', authorLabel: 'Demo-redacteur' })
            .execute()
        }
      }
    }
    if (edition.frozenAt) {
      await trx.updateTable('edition').set({ state: 'frozen', frozenAt: edition.frozenAt, frozenByLabel: 'Demo-analist' }).where('id', '=', id).execute()
    }
  }
  // Frozen here without freezeEdition: their stored changes too (ADR 044).
  await storeFrozenEditionChanges(trx)
}

/** A spread of states: frozen editions mostly confirmed; the open one under way, Zwolle not yet started. */
function demoState(edition: DemoEdition, index: number, slug: string): EditionRegionState {
  if (edition.frozenAt) return edition.age === 1 && index % 9 === 4 ? 'approved' : 'confirmed'
  if (slug === 'zwolle') return 'not_started'
  const spread: EditionRegionState[] = ['not_started', 'draft', 'submitted', 'returned', 'approved', 'confirmed']
  return spread[index % spread.length] ?? 'not_started'
}
