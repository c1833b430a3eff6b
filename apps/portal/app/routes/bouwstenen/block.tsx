import { BuildingBlockNumberSchema, CLUSTERS } from '@bt/domain'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { AsOfPicker, asOfSentence } from '#app/components/progress/as-of-picker.tsx'
import { asOfParam, editionParam } from '#app/lib/as-of.ts'
import { BlockAgreements, DownloadLinks, RelatedIndicators } from '#app/components/progress/block-lists.tsx'
import { DerivedMeasures } from '#app/components/progress/derived-measures.tsx'
import { EditionChangesSlot } from '#app/components/progress/edition-changes-slot.tsx'
import { RegionComparison } from '#app/components/progress/region-comparison.tsx'
import { StatusTimeline } from '#app/components/progress/status-timeline.tsx'
import { StatusTrendChart } from '#app/components/progress/status-trend.tsx'
import { SubLineList } from '#app/components/progress/sub-line-list.tsx'
import { EditionChanges } from '#app/components/editions/edition-changes.tsx'
import { EditionAsOfNotice, EditionPicker } from '#app/components/editions/edition-picker.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { NationalFinanceSection } from '#app/components/finance/national-distributions.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { DecisionsSection } from '#app/components/meetings/decisions-section.tsx'
import { getApi, notFound, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/block'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(
    data ? `Bouwsteen ${data.status.block.number}: ${data.status.block.label}` : 'Bouwsteen',
    'De voortgang van één bouwsteen: de status per besluitmoment, afgeleide cijfers, de regio’s naast elkaar en de afspraken.',
  ),
]

const FINANCE_BLOCKS = new Set([1, 5])

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const number = BuildingBlockNumberSchema.safeParse(params.nr)
  if (!number.success) notFound('Deze bouwsteen bestaat niet.')
  const api = getApi(context)
  const edition = editionParam(request)
  const status = await api.overview.buildingBlock({ number: number.data, asOf: asOfParam(request), edition }).catch(toRouteError)
  // The map is drawn under the indeling valid on the view's date (a decision moment, or today).
  const shapes = status.comparison ? await api.map.shapes({ onDate: status.asOf.onDate }).catch(toRouteError) : null
  const decisions = await api.meeting.blockDecisions({ key: status.block.key }).catch(toRouteError)
  // What changed per block since the previous edition: an extra, the page stands without it.
  const [editionChanges, editions, finance] = await Promise.all([
    api.edition.changes({ buildingBlock: status.block.key, editionKey: edition }).catch(() => null),
    api.edition.list().catch(() => []),
    // Blocks 1 and 5: the regions' financial agreements counted per option (issue 21 item 7).
    FINANCE_BLOCKS.has(number.data) ? api.financialAgreement.national().catch(toRouteError) : null,
  ])
  return { status, shapes, measureKey: new URL(request.url).searchParams.get('meting'), decisions, editionChanges, editions, finance }
}

export default function BuildingBlockPage({ loaderData }: Route.ComponentProps) {
  const { status, shapes, measureKey, decisions, editionChanges, editions, finance } = loaderData
  const { block } = status
  const state = status.blocks[0]
  const cluster = CLUSTERS.find((c) => c.key === block.cluster)
  const perParam = status.asOf.isNow || status.edition || !status.asOf.moment ? null : String(status.asOf.moment.id)
  const query = status.edition ? `?editie=${status.edition.key}` : perParam ? `?per=${perParam}` : ''
  return (
    <>
      <Breadcrumb items={[{ to: '/', label: 'Landelijk overzicht' }, { label: `Bouwsteen ${block.number}` }]} />
      <Heading1>
        Bouwsteen {block.number}: {block.label}
      </Heading1>
      <Paragraph lead>Cluster: {cluster?.label}.</Paragraph>
      <EditionAsOfNotice edition={status.edition} livePath={`/bouwstenen/${block.number}`} />
      <Paragraph>{asOfSentence(status.asOf, status.edition)}</Paragraph>
      <AsOfPicker moments={status.moments} selected={perParam === null ? null : Number(perParam)} />
      <EditionPicker editions={editions} selected={status.edition?.key ?? null} what="Deze bouwsteen" />
      <EditionChangesSlot headingId="changes-heading">
        {editionChanges ? <EditionChanges data={editionChanges} scope={`voor bouwsteen ${status.block.number}`} bare /> : undefined}
      </EditionChangesSlot>

      <section aria-labelledby="status-heading">
        <Heading2 id="status-heading">Stand</Heading2>
        {state?.explanation ? <Paragraph>{state.explanation}</Paragraph> : null}
        <Heading3>Product</Heading3>
        <SubLineList lines={state?.subLines ?? []} showNotes />
        <Heading3>Implementatie</Heading3>
        <Paragraph>{state?.implementation || 'Geen tekst vastgelegd.'}</Paragraph>
        {status.canManage ? (
          <Paragraph>
            <Link to={`/bouwstenen/${block.number}/tekst`}>Toelichting en implementatie wijzigen</Link> ·{' '}
            <Link to="/bouwstenen/besluitmomenten">Besluitmomenten beheren</Link>
          </Paragraph>
        ) : null}
        <Heading3>Verloop over de besluitmomenten</Heading3>
        {state && state.trend.length > 0 ? (
          <>
            <StatusTrendChart trend={state.trend} />
            <DownloadLinks what="dit verloop" href={`/bouwstenen/${block.number}/verloop`} query={query} />
          </>
        ) : (
          <Paragraph>Nog geen besluitmoment.</Paragraph>
        )}
      </section>

      <section aria-labelledby="derived-heading">
        <Heading2 id="derived-heading">Afgeleide voortgang</Heading2>
        {status.derived ? (
          <>
            <DerivedMeasures measures={status.derived} />
            <Paragraph>
              Download deze cijfers: <a href={`/bouwstenen/${block.number}/cijfers.csv${query}`} download>CSV</a> of{' '}
              <a href={`/bouwstenen/${block.number}/cijfers.json${query}`} download>JSON (met definities)</a>.
            </Paragraph>
          </>
        ) : (
          <Paragraph>
            De voortgang van deze bouwsteen is een landelijk besluit: het portaal toont hier alleen de status en de indicatoren die bij de
            bouwsteen horen.
          </Paragraph>
        )}
      </section>

      <section aria-labelledby="regions-heading">
        <Heading2 id="regions-heading">De regio&apos;s naast elkaar</Heading2>
        {status.comparison && shapes ? (
          <>
            <RegionComparison comparison={status.comparison} shapes={shapes} measureKey={measureKey} asOfParam={perParam} editionKey={status.edition?.key ?? null} />
            <Paragraph>
              Download de vergelijking: <a href={`/bouwstenen/${block.number}/regios.csv${query}`} download>CSV</a> of{' '}
              <a href={`/bouwstenen/${block.number}/regios.json${query}`} download>JSON (met definities)</a>.
            </Paragraph>
          </>
        ) : (
          <Paragraph>
            Cijfers per regio komen uit wat de regio&apos;s zelf vastleggen; u ziet ze na{' '}
            <Link to={`/inloggen?terug=${encodeURIComponent(`/bouwstenen/${block.number}`)}`}>inloggen</Link>. Zonder inloggen ziet u
            de landelijke cijfers en verdelingen hierboven.
          </Paragraph>
        )}
      </section>

      {finance ? <NationalFinanceSection data={finance} /> : null}

      <section aria-labelledby="indicators-heading">
        <Heading2 id="indicators-heading">Indicatoren bij deze bouwsteen</Heading2>
        <RelatedIndicators indicators={status.indicators} />
        {status.indicators.length > 0 ? <DownloadLinks what="deze lijst" href={`/bouwstenen/${block.number}/indicatoren`} query="" /> : null}
      </section>

      {status.comparison ? (
        <section aria-labelledby="agreements-heading">
          <Heading2 id="agreements-heading">Afspraken van de regio&apos;s</Heading2>
          <BlockAgreements agreements={status.comparison.agreements} />
          {status.comparison.agreements.total > 0 ? <DownloadLinks what="deze afspraken" href={`/bouwstenen/${block.number}/afspraken`} query="" /> : null}
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <Heading2 id="timeline-heading">Tijdlijn</Heading2>
        <Paragraph>Elke wijziging van een onderdeel, met het besluitmoment en de toelichting.</Paragraph>
        {status.subLineTimeline.map((line) => (
          <div key={line.id} className="bt-timeline">
            <StatusTimeline label={line.label} changes={line.changes} headingId="timeline-heading" />
            {status.canManage ? (
              <Paragraph>
                <Link to={`/bouwstenen/${block.number}/onderdelen/${line.id}`} aria-label={`Status wijzigen: ${line.label}`}>
                  Status wijzigen
                </Link>
              </Paragraph>
            ) : null}
          </div>
        ))}
        <Heading3>Toelichting en implementatie</Heading3>
        <ul>
          {status.textTimeline.map((t) => (
            <li key={t.id}>
              {formatIsoDate(t.momentDate)} ({t.momentLabel}){t.prepared ? ', voorbereid' : ''}: {t.implementation || 'geen implementatietekst'}.
              Toelichting bij de wijziging: {t.note}
            </li>
          ))}
        </ul>
      </section>

      <DecisionsSection about={`bouwsteen ${block.number}`} count={decisions.count} decisions={decisions.decisions} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
