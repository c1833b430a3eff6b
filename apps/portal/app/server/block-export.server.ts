import type { RouterOutputs } from '@bt/api'
import { BuildingBlockNumberSchema, NVO_AGREEMENTS, NVO_LEVEL_DETAILS, NVO_LEVELS } from '@bt/domain'
import type { RouterContextProvider } from 'react-router'
import { asOfParam, editionParam } from '#app/lib/as-of.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { downloadResponse, tableToCsv, tableToJson, type ExportCell, type ExportTable } from '#app/server/table-export.server.ts'

// The building block page's downloads (issue 13 item 6): its derived measures (public, as the page shows
// them to the caller) and its region comparison (signed in), as CSV or JSON with definitions and as-of.

type Page = RouterOutputs['overview']['buildingBlock']
type Derived = NonNullable<Page['derived']>
type Comparison = NonNullable<Page['comparison']>

const DERIVED_HEADER = ['Meting', 'Groep', 'Aantal regio’s', 'Waarde', 'Eenheid', 'Regio’s', 'Stand per'] as const

/** What each column of the derived-measures download means. */
export const DERIVED_DEFINITIONS = {
  Meting: 'De afgeleide meting van de bouwsteen (docs/progress-measures.md).',
  Groep: 'De groep binnen de meting: een niveau, een band of "totaal".',
  'Aantal regio’s': 'Hoeveel regio’s van de indeling van vandaag in deze groep vallen; leeg waar dit zonder inloggen niet wordt getoond.',
  Waarde: 'Het getal van de meting, in de eenheid van de kolom Eenheid.',
  Eenheid: 'procent, aantal of regio’s.',
  'Regio’s': 'De regio’s achter het aantal (alleen na inloggen).',
  'Stand per': 'De datum waarop de gepubliceerde registraties zijn gelezen.',
}

const percent = (bp: number | null) => (bp === null ? null : bp / 100)

function derivedRows(d: Derived): ExportCell[][] {
  const row = (measure: string, group: string, count: number | null, value: number | null, unit: string, regions: readonly string[]): ExportCell[] => [measure, group, count, value, unit, regions.join(', '), d.asOf]
  if (d.kind === 'distribution_model') {
    return [
      ...d.bands.map((b) => row('Objectief t.o.v. historisch budget', b.label, b.count, null, 'regio’s', b.regions)),
      row('Objectief t.o.v. historisch budget', 'zonder cijfer', d.withoutFigureCount, null, 'regio’s', d.withoutFigure),
      row('Objectief t.o.v. historisch budget', 'mediane verandering', null, percent(d.medianBasisPoints), 'procent', []),
    ]
  }
  if (d.kind === 'regional_cooperation') {
    const label = (level: number | null) => (level === null ? 'niet ingevuld' : `${level} ${NVO_LEVEL_DETAILS[NVO_LEVELS[level] ?? 0].label}`)
    return [
      row('Regiovisie vastgesteld door elke raad', 'door elke raad', d.adoption.fullyAdoptedCount, percent(d.adoption.shareBasisPoints), 'procent', d.adoption.fullyAdopted),
      row('Regiovisie vastgesteld door elke raad', 'door een deel van de raden', d.adoption.partlyAdoptedCount, null, 'regio’s', d.adoption.partlyAdopted),
      row('Regiovisie vastgesteld door elke raad', 'nog door geen raad', d.adoption.notAdoptedCount, null, 'regio’s', d.adoption.notAdopted),
      row('Regiovisie vastgesteld door elke raad', 'zonder regiovisie', d.adoption.withoutVisionCount, null, 'regio’s', d.adoption.withoutVision),
      ...d.levelDistributions.flatMap((dist) =>
        dist.counts.map((c) => row(`NvO-niveau: ${NVO_AGREEMENTS.find((a) => a.key === dist.nvoAgreement)?.title ?? dist.nvoAgreement}`, label(c.level), c.count, null, 'regio’s', c.regions)),
      ),
    ]
  }
  const { housing, homeShare } = d
  return [
    row(`Gerealiseerde woonplekken ${housing.year ?? ''}`.trim(), 'totaal', housing.reportedCount, housing.total, 'aantal', housing.reported),
    row(`Gerealiseerde woonplekken ${housing.year ?? ''}`.trim(), 'niet (volledig) gemeld', housing.notReportedCount, null, 'regio’s', housing.notReported),
    row(`Aandeel beschermd thuis ${homeShare.period ?? ''}`.trim(), 'landelijk', homeShare.reportedCount, percent(homeShare.national?.shareBasisPoints ?? null), 'procent', []),
    ...homeShare.bands.map((b) => row(`Aandeel beschermd thuis ${homeShare.period ?? ''}`.trim(), b.label, b.count, null, 'regio’s', b.regions)),
    row(`Aandeel beschermd thuis ${homeShare.period ?? ''}`.trim(), 'zonder cijfer', homeShare.withoutFigureCount, null, 'regio’s', homeShare.withoutFigure),
  ]
}

/** The derived measures as one table (a row per group of each measure). */
export function derivedTable(d: Derived): ExportTable {
  return { sheetName: 'Afgeleide voortgang', header: DERIVED_HEADER, rows: derivedRows(d), widths: [40, 30, 14, 12, 10, 60, 12] }
}

const unitSuffix = { basisPoints: '(%)', cents: '(euro)', count: '(aantal)' } as const
const scaled = (unit: keyof typeof unitSuffix, value: number | null) => (value === null ? null : unit === 'basisPoints' || unit === 'cents' ? value / 100 : value)

/** The region comparison as one table: a row per region, a column per measure (percentages and euros as numbers). */
export function comparisonTable(c: Comparison): { table: ExportTable; definitions: Record<string, string> } {
  const columns = c.measures.map((m) => ({ ...m, header: `${m.name} ${unitSuffix[m.unit]}` }))
  const table: ExportTable = {
    sheetName: 'Regio’s naast elkaar',
    header: ['Regio', 'Centrumgemeente (code)', ...columns.map((m) => m.header), 'Stand per'],
    rows: c.rows.map((r) => [r.name, r.code, ...columns.map((m) => scaled(m.unit, r.values[m.key] ?? null)), c.asOf]),
  }
  const definitions = Object.fromEntries<string>([
    ['Regio', 'De regio volgens de indeling van vandaag.'],
    ['Centrumgemeente (code)', 'CBS-code van de centrumgemeente, die de regio identificeert.'],
    ...columns.map((m): [string, string] => [m.header, m.definition]),
    ['Stand per', 'De datum waarop de gepubliceerde registraties zijn gelezen.'],
  ])
  return { table, definitions }
}

/** The block page's data as the caller may see it, for its downloads. */
export async function loadPage(context: Readonly<RouterContextProvider>, request: Request, nr: string | undefined) {
  const number = BuildingBlockNumberSchema.safeParse(nr)
  if (!number.success) notFound('Deze bouwsteen bestaat niet.')
  return getApi(context).overview.buildingBlock({ number: number.data, asOf: asOfParam(request), edition: editionParam(request) }).catch(toRouteError)
}

/** A download's format from its URL's extension. */
export const formatOf = (request: Request) => (new URL(request.url).pathname.endsWith('.json') ? 'json' : 'csv')

/** GET /bouwstenen/:nr/cijfers.csv|json: the block's derived measures as the caller may see them. */
export async function derivedDownload(context: Readonly<RouterContextProvider>, request: Request, nr: string | undefined): Promise<Response> {
  const page = await loadPage(context, request, nr)
  if (!page.derived) notFound('Deze bouwsteen heeft geen afgeleide cijfers: de voortgang is een landelijk besluit.')
  const table = derivedTable(page.derived)
  const filename = `bouwsteen-${page.block.number}-cijfers-${page.derived.asOf}`
  if (formatOf(request) === 'csv') return downloadResponse(tableToCsv(table), { filename: `${filename}.csv`, format: 'csv' })
  const asOf = { datum: page.derived.asOf, toelichting: page.derived.asOfNote, besluitmoment: page.asOf.isNow ? null : (page.asOf.moment?.label ?? null), editie: page.edition?.key ?? null }
  return downloadResponse(tableToJson(table, { title: `Afgeleide voortgang, bouwsteen ${page.block.number}: ${page.block.label}`, asOf, definitions: DERIVED_DEFINITIONS }), { filename: `${filename}.json`, format: 'json' })
}

/** GET /bouwstenen/:nr/regios.csv|json: the block's region comparison; signed in (figures per region). */
export async function comparisonDownload(context: Readonly<RouterContextProvider>, request: Request, nr: string | undefined): Promise<Response> {
  requireActor(context, request)
  const page = await loadPage(context, request, nr)
  if (!page.comparison) notFound('Deze vergelijking bestaat niet.')
  const { table, definitions } = comparisonTable(page.comparison)
  const filename = `bouwsteen-${page.block.number}-regios-${page.comparison.asOf}`
  if (formatOf(request) === 'csv') return downloadResponse(tableToCsv(table), { filename: `${filename}.csv`, format: 'csv' })
  return downloadResponse(tableToJson(table, { title: `De regio’s naast elkaar, bouwsteen ${page.block.number}: ${page.block.label}`, asOf: { datum: page.comparison.asOf }, definitions }), { filename: `${filename}.json`, format: 'json' })
}
