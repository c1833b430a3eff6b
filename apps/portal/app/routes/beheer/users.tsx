import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { Route } from './+types/users'
import { AdminBreadcrumb, describeGrants } from '#app/components/admin/shared.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Gebruikers – Beheer', 'Alle gebruikers met hun rollen.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const [users, regions] = await Promise.all([
    api.admin.users.list(),
    api.admin.regions.list(),
  ]).catch(toRouteError)
  const regionNames = new Map(regions.map((r) => [r.code, r.name]))
  return {
    users: users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      isActive: u.isActive,
      hasPassword: u.hasPassword,
      roles: describeGrants(u.grants, regionNames),
    })),
  }
}

export default function Users({ loaderData }: Route.ComponentProps) {
  const { users } = loaderData
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Gebruikers' }]} />
      <Heading1>Gebruikers</Heading1>
      <Paragraph>
        Iedereen met een account, met zijn rol. Een nieuwe gebruiker krijgt een eenmalige link om
        een wachtwoord in te stellen; die geeft u persoonlijk door.
      </Paragraph>
      <Paragraph>
        <Link
          to="/beheer/gebruikers/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          Gebruiker toevoegen
        </Link>
      </Paragraph>
      <TableScroll label="Gebruikers">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">{users.length} gebruikers, op naam</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Naam
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                E-mailadres
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Rol
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {users.map((u) => (
              <tr key={u.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link to={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
                </th>
                <td className="utrecht-table__cell">{u.email}</td>
                <td className="utrecht-table__cell">
                  {u.roles.length === 0 ? 'Geen rol' : u.roles.map((r) => <div key={r}>{r}</div>)}
                </td>
                <td className="utrecht-table__cell">
                  {!u.isActive
                    ? 'Gedeactiveerd'
                    : u.hasPassword
                      ? 'Actief'
                      : 'Uitgenodigd (nog geen wachtwoord)'}
                </td>
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
