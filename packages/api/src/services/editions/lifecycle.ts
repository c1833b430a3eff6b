// The analyst opens an edition for every region in the indeling valid on its date, and freezes it.

import { findEdition, findOpenEdition, freezeEditionIfVersion, insertEdition, listEditionRegions, listRegions, type DB, type Transaction } from '@bt/db'
import { DomainError, UNFINISHED_STATES, type FreezeEditionSchema, type OpenEditionSchema } from '@bt/domain'
import type { z } from 'zod'
import { notify } from '../../notifications/notify.ts'
import { regionEditorIds } from '../../notifications/recipients.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { storeFrozenEditionChanges } from './changes.ts'
import { getEdition, requireOpen, type EditionCtx } from './lookup.ts'

/** The Dutch name of a half year: '2026-H1' → 'Eerste halfjaar 2026'. */
export function editionLabel(key: string): string {
  return `${key.endsWith('H1') ? 'Eerste' : 'Tweede'} halfjaar ${key.slice(0, 4)}`
}

/** Open an edition; refused while another is open or when the key exists. */
export async function openEdition(trx: Transaction<DB>, ctx: EditionCtx, input: z.output<typeof OpenEditionSchema>) {
  const actor = requireActor(ctx)
  if (await findEdition(trx, { key: input.key })) {
    throw new DomainError('CONFLICT', `Editie ${input.key} bestaat al.`, { fieldErrors: { key: [`Editie ${input.key} bestaat al.`] } })
  }
  const open = await findOpenEdition(trx)
  if (open) throw new DomainError('CONFLICT', `Editie ${open.key} is nog open. Bevries die eerst.`, { fieldErrors: { key: [`Editie ${open.key} is nog open.`] } })
  const regions = (await listRegions(trx, { onDate: input.windowOpens })).filter((r) => r.municipalityCount > 0)
  const id = await insertEdition(
    trx,
    {
      key: input.key,
      label: editionLabel(input.key),
      referenceDate: input.windowOpens,
      windowOpens: input.windowOpens,
      windowCloses: input.windowCloses,
      dueDate: input.dueDate,
      bandPeriods: input.bandPeriods,
      bandMadFactor: input.bandMadFactor,
      openedByLabel: actor.name,
    },
    regions.map((r) => r.code),
  )
  await audit(trx, ctx, { action: 'edition.opened', entityType: 'edition', entityId: input.key, after: { ...input, regions: regions.length } })
  for (const region of regions) {
    await notify(trx, {
      kind: 'edition_step',
      payload: { editionKey: input.key, regionSlug: region.slug, regionName: region.name, stepLabel: 'editie geopend', byLabel: actor.name },
      sourceKey: `edition:${input.key}:${region.code}:opened`,
      recipientIds: await regionEditorIds(trx, { regionCode: region.code }),
      now: ctx.now,
    })
  }
  return { id, key: input.key, regions: regions.length }
}

/**
 * Freeze the edition. Regions still in review are listed; the analyst must confirm exactly that list
 * (so nobody freezes over a region they did not see). From then on the database refuses any change.
 */
export async function freezeEdition(trx: Transaction<DB>, ctx: EditionCtx, input: z.output<typeof FreezeEditionSchema>) {
  const actor = requireActor(ctx)
  const edition = await getEdition(trx, input.editionKey)
  requireOpen(edition)
  const rows = await listEditionRegions(trx, { editionId: edition.id })
  const unfinished = rows.filter((r) => UNFINISHED_STATES.includes(r.state))
  const confirmed = new Set(input.confirmUnfinished)
  const matches = unfinished.length === confirmed.size && unfinished.every((r) => confirmed.has(r.regionSlug))
  if (!matches) {
    const names = unfinished.map((r) => r.regionName)
    const message =
      unfinished.length === 0
        ? 'De lijst klopt niet meer: alle regio’s hebben intussen bevestigd. Bevries opnieuw.'
        : `Nog ${unfinished.length} ${unfinished.length === 1 ? 'regio is' : 'regio’s zijn'} niet bevestigd: ${names.join(', ')}. Bevestig dat u de editie bevriest met ${unfinished.length === 1 ? 'deze regio' : 'deze regio’s'} in deze stand.`
    throw new DomainError('INVALID', message, {
      fieldErrors: { confirmUnfinished: [message] },
      unfinished: unfinished.map((r) => ({ slug: r.regionSlug, name: r.regionName, state: r.state })),
    })
  }
  if (!(await freezeEditionIfVersion(trx, { id: edition.id, version: input.version, byLabel: actor.name, now: ctx.now }))) {
    throw staleEdit(`editie ${edition.key}`, { state: edition.state, version: edition.version })
  }
  await storeFrozenEditionChanges(trx, edition.key)
  await audit(trx, ctx, {
    action: 'edition.frozen',
    entityType: 'edition',
    entityId: edition.key,
    before: { state: 'open' },
    after: { state: 'frozen', unfinished: unfinished.map((r) => `${r.regionName}: ${r.state}`) },
  })
  return { key: edition.key, state: 'frozen' as const }
}
