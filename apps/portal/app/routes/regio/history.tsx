import { auditActionLabel, RegionSlugSchema } from '@bt/domain'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatMediumDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/history'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Logboek ${data?.history.region.name ?? 'regio'}`, 'Alle wijzigingen in de gegevens van de regio, nieuwste eerst.'),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  const history = await getApi(context).region.history({ slug: slug.data }).catch(toRouteError)
  return { history }
}

export default function RegionHistory({ loaderData }: Route.ComponentProps) {
  const { region, entries } = loaderData.history
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Logboek' }]} />
      <Heading1>Logboek {region.name}</Heading1>
      <Paragraph>
        Alle wijzigingen in de gegevens van de regio, ook aan concepten. Alleen zichtbaar voor de regio zelf en haar
        VNG-regioadviseur.
      </Paragraph>
      {entries.length === 0 ? (
        <Paragraph>Er zijn nog geen wijzigingen vastgelegd.</Paragraph>
      ) : (
        <TableScroll label="Wijzigingen">
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
                  <td className="utrecht-table__cell">{formatMediumDateTime(e.occurredAt)}</td>
                  <td className="utrecht-table__cell">{e.actorLabel}</td>
                  <td className="utrecht-table__cell">{auditActionLabel(e.action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
