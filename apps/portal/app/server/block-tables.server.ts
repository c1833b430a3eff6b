import type { RouterOutputs } from '@bt/api'
import { AGREEMENT_STAGE_LABELS, AGREEMENT_STAGES, INDICATOR_ORIGIN_LABELS, INDICATOR_UNIT_LABELS, STATUS_KEYS, STATUSES } from '@bt/domain'
import type { RouterContextProvider } from 'react-router'
import { formatOf, loadPage } from './block-export.server.ts'
import { notFound, requireActor } from './api.server.ts'
import { downloadResponse, tableToCsv, tableToJson, type ExportTable } from './table-export.server.ts'

// The building block page's other tables as downloads (issue 13 item 6): the status trend and the
// related indicators (public), and the published agreements tagged with the block (signed in), each as
// CSV or JSON with its definitions and the moment or date it is as of.

type Page = Awaited<ReturnType<typeof loadPage>>
type Trend = NonNullable<RouterOutputs['overview']['buildingBlock']['blocks'][number]>['trend']

const statusHeader = (key: (typeof STATUS_KEYS)[number]) => `${STATUSES[key].symbol} ${STATUSES[key].label}`

/** The status trend: per decision moment, how many of the block's sub-lines stood at each status. */
export function trendTable(trend: Trend): { table: ExportTable; definitions: Record<string, string> } {
  const table: ExportTable = {
    sheetName: 'Verloop van de status',
    header: ['Besluitmoment', 'Datum', ...STATUS_KEYS.map(statusHeader), 'Nog geen status'],
    rows: trend.map((t) => [t.label, t.momentDate, ...STATUS_KEYS.map((k) => t.counts[k]), t.notSet]),
  }
  const definitions = Object.fromEntries<string>([
    ['Besluitmoment', 'Het Bestuurlijk Overleg (of ander besluitmoment) waarop statussen zijn vastgesteld.'],
    ['Datum', 'De datum van het besluitmoment.'],
    ...STATUS_KEYS.map((k): [string, string] => [statusHeader(k), `Aantal onderdelen van de bouwsteen met status "${STATUSES[k].label}" zoals besloten op of vóór dit besluitmoment.`]),
    ['Nog geen status', 'Aantal onderdelen waarvoor op dit besluitmoment nog geen status was vastgesteld.'],
  ])
  return { table, definitions }
}

/** The catalogue's indicators tagged with the block: definitions only, no figures. */
export function indicatorsTable(indicators: Page['indicators']): { table: ExportTable; definitions: Record<string, string> } {
  const table: ExportTable = {
    sheetName: 'Indicatoren',
    header: ['Sleutel', 'Indicator', 'Definitie', 'Eenheid', 'Herkomst', 'Bron'],
    rows: indicators.map((i) => [i.key, i.label, i.definition, INDICATOR_UNIT_LABELS[i.unit], INDICATOR_ORIGIN_LABELS[i.origin], i.source]),
  }
  const definitions = {
    Sleutel: 'De vaste sleutel van de indicator in de catalogus en in /indicatoren/<sleutel>.',
    Indicator: 'De naam van de indicator.',
    Definitie: 'Wat de indicator meet, zoals de catalogus het vastlegt.',
    Eenheid: 'De eenheid van de waarden.',
    Herkomst: 'Of de waarden uit openbare statistiek komen, door regio’s worden gemeld of uit de registraties worden berekend.',
    Bron: 'De bron van de waarden.',
  }
  return { table, definitions }
}

const stageOf = (stage: string) => AGREEMENT_STAGES.find((s) => s === stage) ?? null

/** The published agreements tagged with the block, as the page lists them (at most its first ones by region name). */
export function agreementsTable(agreements: NonNullable<Page['comparison']>['agreements']): { table: ExportTable; definitions: Record<string, string> } {
  const table: ExportTable = {
    sheetName: 'Afspraken',
    header: ['Regio', 'Afspraak', 'Stadium', 'Gepland', 'Gepubliceerd op', 'Nummer'],
    rows: agreements.listed.map((a) => {
      const stage = stageOf(a.stage)
      return [a.regionName, a.title, stage ? AGREEMENT_STAGE_LABELS[stage] : a.stage, a.plannedDate, a.publishedAt ? new Date(a.publishedAt).toISOString().slice(0, 10) : null, a.id]
    }),
  }
  const definitions = {
    Regio: 'De regio die de afspraak vastlegde.',
    Afspraak: 'De titel van de gepubliceerde versie van de afspraak.',
    Stadium: 'Het stadium van de afspraak in de gepubliceerde versie.',
    Gepland: 'De geplande datum van de afspraak, als die is vastgelegd.',
    'Gepubliceerd op': 'De datum waarop de regio de afspraak publiceerde.',
    Nummer: 'Het nummer van de afspraak in het portaal (/regio/<regio>/afspraken/<nummer>).',
  }
  return { table, definitions }
}

/** Which table a download asks for, from the file name in its URL. */
export type BlockTable = 'verloop' | 'indicatoren' | 'afspraken'
const TABLE_OF: Record<string, BlockTable> = { verloop: 'verloop', indicatoren: 'indicatoren', afspraken: 'afspraken' }

/** GET /bouwstenen/:nr/{verloop,indicatoren,afspraken}.{csv,json}; the agreements need sign-in. */
export async function blockTableDownload(context: Readonly<RouterContextProvider>, request: Request, nr: string | undefined): Promise<Response> {
  const name = TABLE_OF[new URL(request.url).pathname.split('/').at(-1)?.replace(/\.(csv|json)$/, '') ?? '']
  if (!name) notFound('Deze download bestaat niet.')
  if (name === 'afspraken') requireActor(context, request)
  const page = await loadPage(context, request, nr)
  const block = page.blocks[0]
  const moment = page.asOf.isNow ? null : (page.asOf.moment?.label ?? null)
  const built: { table: ExportTable; definitions: Record<string, string>; title: string; asOf: Record<string, string | null> } =
    name === 'verloop'
      ? { ...trendTable(block?.trend ?? []), title: 'Verloop van de status per besluitmoment', asOf: { datum: page.asOf.onDate, besluitmoment: moment } }
      : name === 'indicatoren'
        ? { ...indicatorsTable(page.indicators), title: 'Indicatoren bij deze bouwsteen', asOf: { datum: page.asOf.onDate } }
        : agreementsDownload(page)
  const filename = `bouwsteen-${page.block.number}-${name}-${page.asOf.onDate}`
  if (formatOf(request) === 'csv') return downloadResponse(tableToCsv(built.table), { filename: `${filename}.csv`, format: 'csv' })
  const json = tableToJson(built.table, { title: `${built.title}, bouwsteen ${page.block.number}: ${page.block.label}`, asOf: built.asOf, definitions: built.definitions })
  return downloadResponse(json, { filename: `${filename}.json`, format: 'json' })
}

function agreementsDownload(page: Page) {
  if (!page.comparison) notFound('Deze lijst bestaat niet.')
  const { agreements, asOf } = page.comparison
  const listed = agreements.listed.length < agreements.total ? `de eerste ${agreements.listed.length} van ${agreements.total}, op regionaam` : `alle ${agreements.total}`
  return { ...agreementsTable(agreements), title: `Gepubliceerde afspraken (${listed})`, asOf: { datum: asOf, afspraken: String(agreements.total) } }
}
