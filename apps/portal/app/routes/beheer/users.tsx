import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { Route } from './+types/users'
import { AdminBreadcrumb, describeGrants } from '#app/components/admin/shared.tsx'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

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
      <DataTable caption={`${users.length} gebruikers, op naam`} label="Gebruikers" rows={users} rowKey={(u) => u.id} columns={[
          { key: 'naam', header: 'Naam', rowHeader: true, cell: (u) => <Link to={`/beheer/gebruikers/${u.id}`}>{u.name}</Link> },
          { key: 'email', header: 'E-mailadres', cell: (u) => u.email },
          { key: 'rol', header: 'Rol', cell: (u) => (u.roles.length === 0 ? 'Geen rol' : u.roles.map((r) => <div key={r}>{r}</div>)) },
          { key: 'status', header: 'Status', cell: (u) => (!u.isActive ? 'Gedeactiveerd' : u.hasPassword ? 'Actief' : 'Uitgenodigd (nog geen wachtwoord)') },
        ]} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
