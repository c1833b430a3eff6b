import { BUILDING_BLOCKS, CLUSTERS } from '@bt/domain'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { AsOfPicker, asOfSentence } from '#app/components/progress/as-of-picker.tsx'
import { asOfParam, editionParam } from '#app/lib/as-of.ts'
import { DerivedHeadlines } from '#app/components/progress/derived-headlines.tsx'
import { EditionChangesSlot } from '#app/components/progress/edition-changes-slot.tsx'
import { StatusTrendLine } from '#app/components/progress/status-trend.tsx'
import { SubLineList } from '#app/components/progress/sub-line-list.tsx'
import { EditionChanges } from '#app/components/editions/edition-changes.tsx'
import { EditionAsOfLinks, EditionReporting } from '#app/components/editions/edition-links.tsx'
import { EditionAsOfNotice, EditionPicker } from '#app/components/editions/edition-picker.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/home'

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Landelijk overzicht per bouwsteen', 'Voortgang van de doordecentralisatie beschermd wonen per bouwsteen.'),
]

export async function loader({ request, context }: Route.LoaderArgs) {
  const api = getApi(context)
  const edition = editionParam(request)
  const picture = await api.overview.buildingBlocks({ asOf: asOfParam(request), edition }).catch(toRouteError)
  // The editions' parts are extras: the overview stands without them.
  const [changes, editions, reporting] = await Promise.all([
    api.edition.changes({ editionKey: edition }).catch(() => null),
    api.edition.list().catch(() => []),
    api.edition.openSummary().catch(() => null),
  ])
  return { picture, changes, editions, reporting }
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { picture, changes, editions, reporting } = loaderData
  const byBlock = new Map(picture.blocks.map((b) => [b.buildingBlock, b]))
  // The status downloads follow decision moments; an edition's own package is on its edition page.
  const momentQuery = picture.asOf.isNow || picture.edition || !picture.asOf.moment ? '' : `?per=${picture.asOf.moment.id}`
  const query = picture.edition ? `?editie=${picture.edition.key}` : picture.asOf.isNow || !picture.asOf.moment ? '' : `?per=${picture.asOf.moment.id}`
  return (
    <>
      <Heading1>Landelijk overzicht per bouwsteen</Heading1>
      <Paragraph lead>De stand van de tien bouwstenen van de doordecentralisatie beschermd wonen, per cluster.</Paragraph>
      <EditionAsOfNotice edition={picture.edition} livePath="/" />
      <Paragraph>{asOfSentence(picture.asOf, picture.edition)}</Paragraph>
      <AsOfPicker moments={picture.moments} selected={picture.asOf.isNow || picture.edition ? null : (picture.asOf.moment?.id ?? null)} />
      <EditionPicker editions={editions} selected={picture.edition?.key ?? null} what="Het overzicht" />
      <Paragraph>
        Download de stand: <a href={`/bouwstenen/stand.csv${momentQuery}`} download>CSV</a> of{' '}
        <a href={`/bouwstenen/stand.json${momentQuery}`} download>JSON (met definities)</a>.
      </Paragraph>
      {picture.canManage ? (
        <Paragraph>
          <Link to="/bouwstenen/besluitmomenten">Besluitmomenten beheren</Link>
        </Paragraph>
      ) : null}
      <EditionChangesSlot headingId="changes-heading">
        {changes ? <EditionChanges data={changes} scope="alle regio’s" bare /> : undefined}
      </EditionChangesSlot>
      <EditionAsOfLinks editions={editions} />
      {CLUSTERS.map((cluster) => (
        <section key={cluster.key} aria-labelledby={`cluster-${cluster.key}`} className="bt-cluster">
          <Heading2 id={`cluster-${cluster.key}`}>{cluster.label}</Heading2>
          <div className="bt-blocks">
            {BUILDING_BLOCKS.filter((b) => b.cluster === cluster.key).map((block) => {
              const state = byBlock.get(block.key)
              return (
                <article key={block.key} className="bt-block" aria-labelledby={`block-${block.key}`}>
                  <Heading3 id={`block-${block.key}`}>
                    <Link to={`/bouwstenen/${block.number}${query}`}>
                      <span className="bt-block__number">Bouwsteen {block.number}</span> {block.label}
                    </Link>
                  </Heading3>
                  {state?.explanation ? <Paragraph>{state.explanation}</Paragraph> : null}
                  <h4 className="bt-block__subheading">Product</h4>
                  <SubLineList lines={state?.subLines ?? []} />
                  <h4 className="bt-block__subheading">Implementatie</h4>
                  <Paragraph>{state?.implementation || 'Geen tekst vastgelegd.'}</Paragraph>
                  <StatusTrendLine trend={state?.trend ?? []} />
                  {state?.derived ? <DerivedHeadlines derived={state.derived} /> : null}
                  {block.key === 'monitoring' ? <EditionReporting summary={reporting} /> : null}
                </article>
              )
            })}
          </div>
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
