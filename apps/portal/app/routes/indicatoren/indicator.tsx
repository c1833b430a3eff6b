import { AGGREGATION_RULE_LABELS, AREA_LEVEL_LABELS, INDICATOR_DIRECTION_LABELS, INDICATOR_NATURE_LABELS, INDICATOR_ORIGIN_LABELS, INDICATOR_UNIT_LABELS, IndicatorKeySchema, IndicatorPeriodSchema, MunicipalityCodeSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, Link } from 'react-router'
import { MunicipalityTable } from '#app/components/indicators/municipality-table.tsx'
import { ValueHistory } from '#app/components/indicators/value-history.tsx'
import { NationalSeries } from '#app/components/indicators/national-series.tsx'
import { RegionComparison } from '#app/components/indicators/region-comparison.tsx'
import { isRecordKey, RecordListSection } from '#app/components/indicators/record-list.tsx'
import { formatIndicatorValue } from '#app/components/indicators/indicator-values.ts'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/indicator'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(data?.indicator.label ?? 'Indicator', 'De waarden van één monitoringsindicator per regio en periode, als grafiek en tabel.'),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const key = IndicatorKeySchema.safeParse({ key: params.key })
  if (!key.success) throw data({ message: 'Deze indicator bestaat niet.' }, { status: 404 })
  const asked = new URL(request.url).searchParams.get('periode')
  const period = asked ? IndicatorPeriodSchema.safeParse(asked) : null
  if (period && !period.success) throw data({ message: period.error.issues[0]?.message ?? 'Onbekende periode.' }, { status: 400 })
  const historyOf = MunicipalityCodeSchema.safeParse(new URL(request.url).searchParams.get(HISTORY_PARAM))
  const recordsOf = MunicipalityCodeSchema.safeParse(new URL(request.url).searchParams.get(RECORDS_PARAM))
  const figures = await getApi(context)
    .indicator.figures({ key: key.data.key, period: period?.data, historyOf: historyOf.success ? historyOf.data : undefined, recordsOf: recordsOf.success ? recordsOf.data : undefined })
    .catch(toRouteError)
  const { actor } = context.get(requestContext).scope
  return { ...figures, canEdit: actor?.grants.some((g) => g.role === 'vng_analyst') ?? false, saved: new URL(request.url).searchParams.get('opgeslagen') === 'ja' }
}

/** The query parameter naming the municipality whose earlier values the page shows. */
const HISTORY_PARAM = 'waardegeschiedenis'
/** The query parameter naming the region whose records behind a record indicator the page lists. */
const RECORDS_PARAM = 'registraties'

const TARGET_STATUS: Record<string, string> = {
  reached: 'doel bereikt',
  on_track: 'op koers',
  off_track: 'niet op koers',
  no_data: 'nog geen waarden',
  no_direction: 'geen richting',
}

export default function IndicatorPage({ loaderData }: Route.ComponentProps) {
  const { indicator: i, series, selectedPeriod, periods, regions, municipalities, municipalityHistory, recordList, perAreaNote, target, asOf, recordBasis, scenario, noReferenceScenario, canEdit, saved } = loaderData
  const base = `/indicatoren/${i.key}`
  const query = selectedPeriod ? `?periode=${selectedPeriod}` : ''
  return (
    <>
      <Breadcrumb items={[{ to: '/indicatoren', label: 'Indicatoren' }, { label: i.label }]} />
      <Heading1>{i.label}</Heading1>
      {saved ? <Notice>De indicator is opgeslagen.</Notice> : null}
      <Paragraph lead>{i.definition}</Paragraph>
      {canEdit ? (
        <Paragraph>
          <Link to={`${base}/bewerken`}>Indicator bewerken</Link>
        </Paragraph>
      ) : null}
      <dl className="bt-facts" aria-label="Over deze indicator">
        <dt>Eenheid</dt>
        <dd>{INDICATOR_UNIT_LABELS[i.unit]}{i.perThousand ? ', ook per 1.000 inwoners' : ''}</dd>
        <dt>Aard</dt>
        <dd>{INDICATOR_NATURE_LABELS[i.nature]}</dd>
        <dt>Niveaus</dt>
        <dd>{i.levels.map((l) => AREA_LEVEL_LABELS[l]).join(', ')}</dd>
        <dt>Samenvoegen</dt>
        <dd>{AGGREGATION_RULE_LABELS[i.aggregation]}</dd>
        <dt>Richting</dt>
        <dd>{INDICATOR_DIRECTION_LABELS[i.direction]}</dd>
        <dt>Herkomst</dt>
        <dd>{INDICATOR_ORIGIN_LABELS[i.origin]}</dd>
        <dt>Bron</dt>
        <dd>{i.source}{i.licence ? ` (${i.licence})` : ''}</dd>
        {asOf ? (<><dt>Stand op</dt><dd>{formatIsoDate(asOf)}, uit gepubliceerde registraties{recordBasis ? `; ${recordBasis}` : ''}</dd></>) : null}
        {scenario ? (
          <>
            <dt>Berekend uit</dt>
            <dd>
              referentiescenario{' '}
              {scenario.scenarioId ? <Link to={`/rekenen/scenario/${scenario.scenarioId}`}>{scenario.scenarioName}</Link> : scenario.scenarioName} ({scenario.datasetLabel}
              {scenario.regionName ? `, regio ${scenario.regionName}` : ''}), berekend op {formatDateTime(scenario.computedAt)}
            </dd>
          </>
        ) : null}
        {i.target ? (
          <>
            <dt>Doel</dt>
            <dd>
              {formatIndicatorValue(i.unit, i.target.value)} op {formatIsoDate(i.target.date)}
              {target ? ` — ${TARGET_STATUS[target.status]}${target.periodsRunning > 1 ? `, ${target.periodsRunning} perioden achtereen` : ''}` : ''}
            </dd>
          </>
        ) : null}
      </dl>

      {noReferenceScenario ? (
        <Paragraph>Deze indicator wordt berekend uit het referentiescenario. Er is nog geen referentiescenario aangewezen; een analist van VNG wijst er een aan op de rekenpagina.</Paragraph>
      ) : null}
      <NationalSeries title={i.label} unit={i.unit} series={series} />

      {periods.length > 1 ? (
        <Form method="get" className="bt-inline-form" aria-label="Periode kiezen">
          <label htmlFor="periode" className="utrecht-form-label">Periode voor regio&apos;s en gemeenten</label>{' '}
          <select id="periode" name="periode" defaultValue={selectedPeriod ?? undefined} className="utrecht-select utrecht-select--html-select">
            {periods.map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </select>{' '}
          <Button type="submit" appearance="secondary-action-button">Toon</Button>
        </Form>
      ) : null}

      {perAreaNote ? (
        <Paragraph>
          {perAreaNote} <Link to={`/inloggen?terug=${encodeURIComponent(base)}`}>Inloggen</Link>
        </Paragraph>
      ) : null}
      {regions && selectedPeriod ? (
        <RegionComparison
          title={i.label}
          unit={i.unit}
          period={selectedPeriod}
          rows={regions}
          perThousand={i.perThousand}
          recordsHref={asOf ? (code) => `${base}?${RECORDS_PARAM}=${code}#${RECORDS_PARAM}` : undefined}
        />
      ) : null}
      {recordList && isRecordKey(i.key) ? <RecordListSection id={RECORDS_PARAM} indicatorKey={i.key} title={i.label} list={recordList} /> : null}
      {municipalities && selectedPeriod ? (
        <MunicipalityTable title={i.label} unit={i.unit} period={selectedPeriod} rows={municipalities} historyHref={(code) => `${base}?periode=${selectedPeriod}&${HISTORY_PARAM}=${code}#${HISTORY_PARAM}`} />
      ) : null}
      {municipalityHistory ? (
        <section aria-labelledby={HISTORY_PARAM}>
          <Heading2 id={HISTORY_PARAM}>Waarden van {municipalityHistory.name} in {selectedPeriod}</Heading2>
          <ValueHistory label={`${i.label}, ${municipalityHistory.name}`} unit={i.unit} current={municipalityHistory.current} history={municipalityHistory.history} open />
        </section>
      ) : null}

      <section aria-labelledby="downloads">
        <Heading2 id="downloads">Downloaden</Heading2>
        <Paragraph>
          De cijfers op deze pagina als <a href={`${base}/export.csv${query}`} download>CSV</a> of{' '}
          <a href={`${base}/export.xlsx${query}`} download>Excel</a>, met status, volledigheid en bron per regel.
        </Paragraph>
      </section>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
