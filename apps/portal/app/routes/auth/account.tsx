import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/account'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Mijn account', 'Uw account: naam, e-mailadres en rollen.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return { me: await getApi(context).account.me().catch(toRouteError) }
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { me } = loaderData
  return (
    <>
      <Heading1>Mijn account</Heading1>
      <dl className="bt-facts">
        <div>
          <dt>Naam</dt>
          <dd>{me.name}</dd>
        </div>
        <div>
          <dt>E-mailadres</dt>
          <dd>{me.email}</dd>
        </div>
      </dl>
      <Heading2>Rollen</Heading2>
      <ul>
        {me.grants.map((g, i) => (
          <li key={i}>
            {g.roleLabel}
            {g.regionName ? (
              <>
                {' '}
                voor {g.regionSlug ? <Link to={`/regio/${g.regionSlug}`}>{g.regionName}</Link> : g.regionName}
              </>
            ) : null}
            {g.municipalityName ? ` (gemeente ${g.municipalityName})` : null}
          </li>
        ))}
      </ul>
      <Paragraph>Uw wachtwoord wijzigen? Vraag de beheerder om een nieuwe link.</Paragraph>
    </>
  )
}
