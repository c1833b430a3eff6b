import { BUILDING_BLOCKS, CLUSTERS, STATUS_KEYS, STATUSES } from '@bt/domain'
import { z } from 'zod'
import { getStatusPicture } from '../../services/progress/status.ts'
import { listVisibleMoments } from '../../services/progress/moments.ts'
import { column, defineDataset, type DatasetScope } from '../dataset.ts'

/** The anonymous reader's view (exported for the other progress data sets): only decision moments whose date has come, never prepared ones. */
export const anonymous = (scope: DatasetScope) => ({ actor: null, today: scope.today })

export const STATUS_DEFINITIONS = Object.fromEntries(
  STATUS_KEYS.map((k) => [k, `${STATUSES[k].symbol} ${STATUSES[k].label}`]),
)

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A block's Dutch name and cluster label. */
export function describeBlock(key: string) {
  const block = BUILDING_BLOCKS.find((b) => b.key === key)
  return {
    name: block?.label ?? key,
    cluster: CLUSTERS.find((c) => c.key === block?.cluster)?.label ?? '',
  }
}

const MOMENT_ID = 'geef het nummer van een besluitmoment'

export const buildingBlockStatusRow = z.object({
  bouwsteen: column(z.number().int(), 'Bouwsteen', 'Nummer van de bouwsteen (1 tot en met 10).'),
  bouwsteen_naam: column(z.string(), 'Naam', 'Naam van de bouwsteen.'),
  cluster: column(
    z.string(),
    'Cluster',
    'Het cluster waarin de bouwsteen in het landelijke overzicht staat.',
  ),
  onderdeel: column(z.string(), 'Onderdeel', 'Het onderdeel (de subregel) van de bouwsteen.'),
  status_code: column(
    z.enum(STATUS_KEYS),
    'Statuscode',
    'Vaste code van de status; de betekenis staat bij de statussen.',
  ),
  status: column(
    z.string(),
    'Status',
    'De status zoals het overzicht hem toont: symbool en omschrijving.',
  ),
  besloten_op: column(
    isoDate.nullable(),
    'Besloten op',
    'Datum van het besluitmoment (Bestuurlijk Overleg) waarop deze status is vastgesteld.',
  ),
  besluitmoment: column(z.string().nullable(), 'Besluitmoment', 'Naam van dat besluitmoment.'),
  gepland_gereed: column(
    isoDate.nullable(),
    'Gepland gereed',
    'De datum waarop het onderdeel gereed moet zijn, als die bij de status is vastgelegd.',
  ),
  toelichting: column(z.string(), 'Toelichting', 'De toelichting bij de laatste statuswijziging.'),
})

/** Statuses per sub-line as of now or as of a past decision moment (`?per=<id>`). */
export const buildingBlockStatus = defineDataset({
  key: 'bouwsteen-status',
  title: 'Stand per bouwsteen',
  description:
    'De status van elk onderdeel van de tien bouwstenen, zoals vastgesteld op het laatste besluitmoment of op een gekozen eerder besluitmoment.',
  source: 'VNG, landelijk overzicht doordecentralisatie beschermd wonen (Bestuurlijk Overleg)',
  licence: 'CC0 1.0',
  method:
    'Per onderdeel de laatste status die is vastgesteld op of vóór het gekozen besluitmoment. Besluitmomenten in de toekomst (voorbereide statussen) zitten er niet in.',
  states: STATUS_DEFINITIONS,
  row: buildingBlockStatusRow,
  params: z.object({
    per: z.coerce
      .number({ error: MOMENT_ID })
      .int({ error: MOMENT_ID })
      .positive({ error: MOMENT_ID })
      .max(2_147_483_647, { error: MOMENT_ID })
      .optional()
      .meta({ description: 'Id van een besluitmoment; zonder: de stand van nu.' }),
  }),
  async load(scope, params) {
    const picture = await getStatusPicture(scope.db, anonymous(scope), { asOf: params.per })
    const rows = picture.blocks.flatMap((block) => {
      const info = describeBlock(block.buildingBlock)
      return block.subLines.map((line) => ({
        bouwsteen: block.number,
        bouwsteen_naam: info.name,
        cluster: info.cluster,
        onderdeel: line.label,
        status_code: line.status,
        status: STATUS_DEFINITIONS[line.status] ?? line.status,
        besloten_op: line.momentDate,
        besluitmoment: line.momentLabel,
        gepland_gereed: line.plannedDate,
        toelichting: line.note,
      }))
    })
    const moment = picture.asOf.moment
    return {
      rows,
      asOf: {
        date: picture.asOf.isNow
          ? picture.asOf.onDate
          : (moment?.momentDate ?? picture.asOf.onDate),
        label: moment?.label ?? null,
      },
      // A past moment's picture changes only by an analyst's correction; "now" changes at every decision.
      cache: picture.asOf.isNow ? 'current' : 'past',
    }
  },
  async snapshots(scope) {
    const moments = await listVisibleMoments(scope.db, anonymous(scope))
    return moments.map((m) => ({
      label: m.label,
      date: m.momentDate,
      query: { per: String(m.id) },
    }))
  },
})
