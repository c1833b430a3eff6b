import { RegionSlugSchema } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageTitle } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/history'

export const meta: Route.MetaFunction = ({ data }) => [
  { title: pageTitle(`Logboek ${data?.history.region.name ?? 'regio'}`) },
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  const history = await getApi(context).region.history({ slug: slug.data }).catch(toRouteError)
  return { history }
}

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })

const ACTIONS: Partial<Record<string, string>> = {
  'agreement.created': 'Afspraak aangemaakt',
  'agreement.updated': 'Afspraak gewijzigd',
  'agreement.delayed': 'Vertraging vastgelegd',
  'agreement.published': 'Afspraak gepubliceerd',
  'comment.added': 'Reactie geplaatst',
  'nvo_level.set': 'NvO-niveau vastgesteld',
  'plan_element.saved': 'Planonderdeel opgeslagen',
  'vision.version_added': 'Versie van de regiovisie toegevoegd',
  'vision.adoption_recorded': 'Vaststelling van de regiovisie vastgelegd',
  'vision.adoption_confirmed': 'Vaststelling van de regiovisie bevestigd',
  'attachment.uploaded': 'Bijlage toegevoegd',
  'region.renamed': 'Regionaam gewijzigd',
}

export default function RegionHistory({ loaderData }: Route.ComponentProps) {
  const { region, entries } = loaderData.history
  return (
    <>
      <nav aria-label="Kruimelpad" className="bt-breadcrumb">
        <Link to="/regio">Regio&apos;s</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/regio/${region.slug}`}>{region.name}</Link> <span aria-hidden="true">›</span> <span>Logboek</span>
      </nav>
      <Heading1>Logboek {region.name}</Heading1>
      <Paragraph>
        Alle wijzigingen in de gegevens van de regio, ook aan concepten. Alleen zichtbaar voor de regio zelf en haar
        VNG-regioadviseur.
      </Paragraph>
      {entries.length === 0 ? (
        <Paragraph>Er zijn nog geen wijzigingen vastgelegd.</Paragraph>
      ) : (
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Wijzigingen, nieuwste eerst</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Moment</th>
              <th scope="col" className="utrecht-table__header-cell">Door</th>
              <th scope="col" className="utrecht-table__header-cell">Wijziging</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {entries.map((e) => (
              <tr key={e.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{dateTime.format(new Date(e.occurredAt))}</td>
                <td className="utrecht-table__cell">{e.actorLabel}</td>
                <td className="utrecht-table__cell">{ACTIONS[e.action] ?? e.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
