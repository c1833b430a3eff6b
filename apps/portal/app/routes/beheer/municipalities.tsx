import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/municipalities'

export const meta: Route.MetaFunction = () => [...pageMeta('Gemeenten – Beheer', 'Van wanneer tot wanneer elke gemeentecode bestaat.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return { municipalities: await getApi(context).admin.municipalities.list().catch(toRouteError) }
}

const period = (from: string | null, until: string | null) =>
  from === null && until === null ? 'altijd' : `${from ? `vanaf ${formatIsoDate(from)}` : 'sinds altijd'}${until ? `, tot ${formatIsoDate(until)}` : ''}`

export default function Municipalities({ loaderData }: Route.ComponentProps) {
  const { municipalities } = loaderData
  const limited = municipalities.filter((m) => m.existsFrom !== null || m.existsUntil !== null).length
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Gemeenten' }]} />
      <Heading1>Gemeenten</Heading1>
      <Paragraph>
        Elke gemeentecode bestaat van een begindatum tot een einddatum (die dag niet meer); leeg betekent altijd. Bij een
        herindeling sluit u de oude codes af. De import van indicatorwaarden weigert een waarde voor een gemeente die in die
        periode niet bestond. {municipalities.length} gemeenten, waarvan {limited} met een begrensde periode.
      </Paragraph>
      <TableScroll label="Gemeenten en hun geldigheid">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Gemeenten en hun geldigheid</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Code</th>
              <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
              <th scope="col" className="utrecht-table__header-cell">Bestaat</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {municipalities.map((m) => (
              <tr key={m.code} className="utrecht-table__row">
                <td className="utrecht-table__cell">{m.code}</td>
                <td className="utrecht-table__cell"><Link to={`/beheer/gemeenten/${m.code}`}>{m.name}</Link></td>
                <td className="utrecht-table__cell">{period(m.existsFrom, m.existsUntil)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
