import { BUILDING_BLOCKS, CLUSTERS, STATUS_KEYS, type StatusKey } from '@bt/domain'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { StatusBadge } from '#app/components/ui/status-badge.tsx'
import { formatIsoDate, pageTitle } from '#app/lib/format.ts'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/home'

export const meta: Route.MetaFunction = () => [
  { title: pageTitle('Landelijk overzicht per bouwsteen') },
  { name: 'description', content: 'Voortgang van de doordecentralisatie beschermd wonen per bouwsteen.' },
]

export async function loader({ context }: Route.LoaderArgs) {
  const statuses = await getApi(context).overview.buildingBlocks().catch(toRouteError)
  return { statuses }
}

function isStatusKey(value: string): value is StatusKey {
  return (STATUS_KEYS as readonly string[]).includes(value)
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const byBlock = new Map(loaderData.statuses.map((s) => [s.buildingBlock, s]))
  const asOf = loaderData.statuses[0]?.asOf
  return (
    <>
      <Heading1>Landelijk overzicht per bouwsteen</Heading1>
      <Paragraph lead>
        De stand van de tien bouwstenen van de doordecentralisatie beschermd wonen, per cluster.
        {asOf ? ` Stand per ${formatIsoDate(asOf)}.` : ''}
      </Paragraph>
      {CLUSTERS.map((cluster) => (
        <section key={cluster.key} aria-labelledby={`cluster-${cluster.key}`} className="bt-cluster">
          <Heading2 id={`cluster-${cluster.key}`}>{cluster.label}</Heading2>
          <div className="bt-blocks">
            {BUILDING_BLOCKS.filter((b) => b.cluster === cluster.key).map((block) => {
              const status = byBlock.get(block.key)
              return (
                <article key={block.key} className="bt-block" aria-labelledby={`block-${block.key}`}>
                  <Heading3 id={`block-${block.key}`}>
                    <span className="bt-block__number">Bouwsteen {block.number}</span> {block.label}
                  </Heading3>
                  {status ? (
                    <>
                      <Paragraph>{status.explanation}</Paragraph>
                      <h4 className="bt-block__subheading">Product</h4>
                      <ul className="bt-sublines">
                        {status.subLines.map((line) => (
                          <li key={line.key}>
                            <span>{line.label}</span>{' '}
                            {isStatusKey(line.status) ? <StatusBadge status={line.status} /> : line.status}
                          </li>
                        ))}
                      </ul>
                      <h4 className="bt-block__subheading">Implementatie</h4>
                      <Paragraph>{status.implementation}</Paragraph>
                    </>
                  ) : (
                    <Paragraph>Nog geen stand bekend.</Paragraph>
                  )}
                </article>
              )
            })}
          </div>
        </section>
      ))}
    </>
  )
}
