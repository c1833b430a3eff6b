import { BuildingBlockNumberSchema, CLUSTERS } from '@bt/domain'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { RegionalCooperationMeasures } from '#app/components/progress/regional-cooperation.tsx'
import { AsOfPicker, asOfParam, asOfSentence } from '#app/components/progress/as-of-picker.tsx'
import { StatusTimeline } from '#app/components/progress/status-timeline.tsx'
import { SubLineList } from '#app/components/progress/sub-line-list.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/block'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(
    data ? `Bouwsteen ${data.status.block.number}: ${data.status.block.label}` : 'Bouwsteen',
    'De voortgang van één bouwsteen: de status van elk onderdeel per besluitmoment.',
  ),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const number = BuildingBlockNumberSchema.safeParse(params.nr)
  if (!number.success) notFound('Deze bouwsteen bestaat niet.')
  const status = await getApi(context).overview.buildingBlock({ number: number.data, asOf: asOfParam(request) }).catch(toRouteError)
  return { status }
}

export default function BuildingBlockPage({ loaderData }: Route.ComponentProps) {
  const { status } = loaderData
  const { block } = status
  const state = status.blocks[0]
  const cluster = CLUSTERS.find((c) => c.key === block.cluster)
  return (
    <>
      <Breadcrumb items={[{ to: '/', label: 'Landelijk overzicht' }, { label: `Bouwsteen ${block.number}` }]} />
      <Heading1>
        Bouwsteen {block.number}: {block.label}
      </Heading1>
      <Paragraph lead>Cluster: {cluster?.label}.</Paragraph>
      <Paragraph>{asOfSentence(status.asOf)}</Paragraph>
      <AsOfPicker moments={status.moments} selected={status.asOf.isNow ? null : (status.asOf.moment?.id ?? null)} />

      <section aria-labelledby="status-heading">
        <Heading2 id="status-heading">Stand</Heading2>
        {state?.explanation ? <Paragraph>{state.explanation}</Paragraph> : null}
        <Heading3>Product</Heading3>
        <SubLineList lines={state?.subLines ?? []} showNotes />
        <Heading3>Implementatie</Heading3>
        <Paragraph>{state?.implementation || 'Geen tekst vastgelegd.'}</Paragraph>
        {status.canManage ? (
          <Paragraph>
            <Link to="/bouwstenen/besluitmomenten">Besluitmomenten beheren</Link>
          </Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="derived-heading">
        <Heading2 id="derived-heading">Afgeleide voortgang</Heading2>
        {status.derived ? (
          <RegionalCooperationMeasures measures={status.derived} />
        ) : (
          <Paragraph>
            De voortgang van deze bouwsteen is een landelijk besluit: het portaal toont hier alleen de status. Zie{' '}
            <Link to="/indicatoren">de indicatoren</Link> voor cijfers die bij deze bouwsteen horen.
          </Paragraph>
        )}
      </section>

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

      {/* The region map (issue 13 item 5, built on its own branch) comes here once it is on main. */}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
