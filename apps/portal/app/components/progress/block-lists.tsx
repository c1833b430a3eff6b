import type { RouterOutputs } from '@bt/api'
import { AGREEMENT_STAGE_LABELS, AGREEMENT_STAGES, INDICATOR_ORIGIN_LABELS, INDICATOR_UNIT_LABELS, type AgreementStage } from '@bt/domain'
import { Link } from 'react-router'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatInteger, formatIsoDate } from '#app/lib/format.ts'

type Page = RouterOutputs['overview']['buildingBlock']
type Indicator = Page['indicators'][number]
type Agreement = NonNullable<Page['comparison']>['agreements']['listed'][number]

const isStage = (stage: string): stage is AgreementStage => AGREEMENT_STAGES.some((s) => s === stage)
const stageLabel = (stage: string) => (isStage(stage) ? AGREEMENT_STAGE_LABELS[stage] : stage)

const INDICATOR_COLUMNS: Column<Indicator>[] = [
  { key: 'indicator', header: 'Indicator', rowHeader: true, sortValue: (i) => i.label, cell: (i) => <Link to={`/indicatoren/${i.key}`}>{i.label}</Link> },
  { key: 'definitie', header: 'Definitie', cell: (i) => i.definition },
  { key: 'eenheid', header: 'Eenheid', sortValue: (i) => INDICATOR_UNIT_LABELS[i.unit], cell: (i) => INDICATOR_UNIT_LABELS[i.unit] },
  { key: 'herkomst', header: 'Herkomst', sortValue: (i) => INDICATOR_ORIGIN_LABELS[i.origin], cell: (i) => `${INDICATOR_ORIGIN_LABELS[i.origin]} (${i.source})` },
]

/** The catalogue's indicators tagged with this block, each linking to its series and region comparison. */
export function RelatedIndicators({ indicators }: { indicators: readonly Indicator[] }) {
  if (indicators.length === 0) return <p className="utrecht-paragraph">Er zijn geen indicatoren aan deze bouwsteen gekoppeld.</p>
  return <DataTable caption="Indicatoren bij deze bouwsteen" columns={INDICATOR_COLUMNS} rows={indicators} rowKey={(i) => i.key} param="indicator-sorteer" />
}

const AGREEMENT_COLUMNS: Column<Agreement>[] = [
  { key: 'regio', header: 'Regio', sortValue: (a) => a.regionName, cell: (a) => <Link to={`/regio/${a.regionSlug}`}>{a.regionName}</Link> },
  { key: 'afspraak', header: 'Afspraak', rowHeader: true, sortValue: (a) => a.title, cell: (a) => <Link to={`/regio/${a.regionSlug}/afspraken/${a.id}`}>{a.title}</Link> },
  { key: 'stadium', header: 'Stadium', sortValue: (a) => stageLabel(a.stage), cell: (a) => stageLabel(a.stage) },
  { key: 'gepland', header: 'Gepland', sortValue: (a) => a.plannedDate ?? '', cell: (a) => (a.plannedDate ? formatIsoDate(a.plannedDate) : '–') },
]

/** The published agreements across regions tagged with this block (signed in). */
export function BlockAgreements({ agreements }: { agreements: NonNullable<Page['comparison']>['agreements'] }) {
  if (agreements.total === 0) return <p className="utrecht-paragraph">Geen regio heeft een gepubliceerde afspraak aan deze bouwsteen gekoppeld.</p>
  return (
    <>
      <p className="utrecht-paragraph">
        {formatInteger(agreements.total)} gepubliceerde afspraken
        {agreements.listed.length < agreements.total ? `; de eerste ${formatInteger(agreements.listed.length)} op regionaam` : ''}.
      </p>
      <DataTable caption="Gepubliceerde afspraken bij deze bouwsteen" columns={AGREEMENT_COLUMNS} rows={agreements.listed} rowKey={(a) => a.id} param="afspraak-sorteer" />
    </>
  )
}

/** A table's CSV and JSON downloads beside it ("Download deze lijst: CSV of JSON (met definities)."). */
export function DownloadLinks({ what, href, query }: { what: string; href: string; query: string }) {
  return (
    <p className="utrecht-paragraph">
      Download {what}: <a href={`${href}.csv${query}`} download>CSV</a> of{' '}
      <a href={`${href}.json${query}`} download>
        JSON (met definities)
      </a>
      .
    </p>
  )
}
