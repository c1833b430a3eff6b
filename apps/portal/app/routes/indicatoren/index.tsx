import { AREA_LEVEL_LABELS, INDICATOR_NATURE_LABELS, INDICATOR_ORIGIN_LABELS, INDICATOR_UNIT_LABELS } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Indicatoren', 'De monitoringsindicatoren van de doordecentralisatie beschermd wonen.')]

export async function loader({ context }: Route.LoaderArgs) {
  const { actor } = context.get(requestContext).scope
  const catalogue = await getApi(context).indicator.catalogue().catch(toRouteError)
  const roles = new Set(actor?.grants.map((g) => g.role) ?? [])
  return { ...catalogue, canImport: roles.has('vng_analyst') || roles.has('region_editor'), canEdit: roles.has('vng_analyst') }
}

export default function IndicatorCatalogue({ loaderData }: Route.ComponentProps) {
  const { indicators, buildingBlocks, canImport, canEdit } = loaderData
  return (
    <>
      <Heading1>Indicatoren</Heading1>
      <Paragraph lead>
        De monitoringindicatoren van de doordecentralisatie, per bouwsteen. Elke indicator noemt zijn bron, eenheid en hoe
        waarden van gemeenten en regio&apos;s worden samengevoegd.
      </Paragraph>
      {canImport ? (
        <Paragraph>
          <Link to="/indicatoren/importeren">Waarden importeren (CSV of Excel)</Link>
          {canEdit ? (
            <>
              {' · '}
              <Link to="/indicatoren/nieuw">Indicator toevoegen</Link>
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {buildingBlocks.map((block) => {
        const inBlock = indicators.filter((i) => i.buildingBlocks.includes(block.number))
        if (inBlock.length === 0) return null
        return (
          <section key={block.number} aria-labelledby={`bouwsteen-${block.number}`}>
            <Heading2 id={`bouwsteen-${block.number}`}>
              Bouwsteen {block.number}: {block.label}
            </Heading2>
            <ul className="utrecht-unordered-list bt-indicator-list">
              {inBlock.map((i) => (
                <li key={i.key}>
                  <Link to={`/indicatoren/${i.key}`}>{i.label}</Link>{' '}
                  <span className="bt-muted">
                    ({INDICATOR_UNIT_LABELS[i.unit]}; {INDICATOR_NATURE_LABELS[i.nature]}; {i.levels.map((l) => AREA_LEVEL_LABELS[l]).join(', ')};{' '}
                    {INDICATOR_ORIGIN_LABELS[i.origin]})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
