import { listSubLineStatusesAsOf, listSubLineTimeline } from '@bt/db'
import { BUILDING_BLOCKS, STATUS_KEYS } from '@bt/domain'
import { z } from 'zod'
import { column, defineDataset, NO_PARAMS } from '../dataset.ts'
import { describeBlock, isoDate, STATUS_DEFINITIONS } from './building-block-status.ts'

export const buildingBlockHistoryRow = z.object({
  bouwsteen: column(z.number().int(), 'Bouwsteen', 'Nummer van de bouwsteen (1 tot en met 10).'),
  bouwsteen_naam: column(z.string(), 'Naam', 'Naam van de bouwsteen.'),
  onderdeel: column(z.string(), 'Onderdeel', 'Het onderdeel (de subregel) van de bouwsteen.'),
  besloten_op: column(
    isoDate,
    'Besloten op',
    'Datum van het besluitmoment waarop de status is vastgesteld.',
  ),
  besluitmoment: column(z.string(), 'Besluitmoment', 'Naam van dat besluitmoment.'),
  status_code: column(
    z.enum(STATUS_KEYS),
    'Statuscode',
    'Vaste code van de status; de betekenis staat bij de statussen.',
  ),
  status: column(z.string(), 'Status', 'Symbool en omschrijving van de status.'),
  gepland_gereed: column(
    isoDate.nullable(),
    'Gepland gereed',
    'De datum waarop het onderdeel gereed moet zijn, als die is vastgelegd.',
  ),
  toelichting: column(z.string(), 'Toelichting', 'De toelichting bij deze statuswijziging.'),
})

/** Every status change ever decided, per sub-line and decision moment: the history behind the overview. */
export const buildingBlockHistory = defineDataset({
  key: 'bouwsteen-status-historie',
  title: 'Statusgeschiedenis per bouwsteen',
  description:
    'Elke statuswijziging van elk onderdeel van de bouwstenen, met het besluitmoment waarop zij is vastgesteld: de geschiedenis achter het landelijke overzicht.',
  source: 'VNG, landelijk overzicht doordecentralisatie beschermd wonen (Bestuurlijk Overleg)',
  licence: 'CC0 1.0',
  method:
    'Alle vastgestelde statuswijzigingen op besluitmomenten tot en met vandaag, op volgorde van bouwsteen, besluitmoment en vastlegging. Wie een wijziging vastlegde staat er niet in; voorbereide wijzigingen voor een komend besluitmoment evenmin.',
  states: STATUS_DEFINITIONS,
  row: buildingBlockHistoryRow,
  params: NO_PARAMS,
  async load(scope) {
    // Every sub-line with a decided status today, for its label (the timeline rows carry its id).
    const lines = await listSubLineStatusesAsOf(scope.db, { onDate: scope.today })
    const labelOf = new Map(lines.map((l) => [l.subLineId, l.label]))
    const perBlock = await Promise.all(
      BUILDING_BLOCKS.map(async (block) => {
        const changes = await listSubLineTimeline(scope.db, {
          buildingBlock: block.key,
          upTo: scope.today,
        })
        const info = describeBlock(block.key)
        return changes.map((c) => ({
          bouwsteen: block.number,
          bouwsteen_naam: info.name,
          onderdeel: labelOf.get(c.subLineId) ?? '',
          besloten_op: c.momentDate,
          besluitmoment: c.momentLabel,
          status_code: c.status,
          status: STATUS_DEFINITIONS[c.status] ?? c.status,
          gepland_gereed: c.plannedDate,
          toelichting: c.note,
        }))
      }),
    )
    return { rows: perBlock.flat(), asOf: { date: scope.today, label: null }, cache: 'current' }
  },
  snapshots: () => Promise.resolve([]),
})
