import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { DecisionTable } from '#app/components/meetings/decision-list.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/decisions'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Besluitenlijst', 'Alle besluiten van de stuurgroep en de Bestuurlijk Overleggen, met downloads.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return { decisions: await getApi(context).meeting.decisions().catch(toRouteError) }
}

export default function Decisions({ loaderData }: Route.ComponentProps) {
  const { decisions } = loaderData
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep/vergaderingen', label: 'Overleggen' }, { label: 'Besluitenlijst' }]} />
      <Heading1>Besluitenlijst</Heading1>
      <Paragraph>
        De besluiten uit gesloten overleggen, nieuwste eerst. Download als <a href="/stuurgroep/besluiten.csv">CSV</a> of{' '}
        <a href="/stuurgroep/besluiten.xlsx">Excel (XLSX)</a>.
      </Paragraph>
      {decisions.length === 0 ? <Paragraph>Er zijn nog geen besluiten.</Paragraph> : <DecisionTable decisions={decisions} caption="Besluiten" linkMeetings />}
      <Paragraph>
        <Link to="/stuurgroep/vergaderingen">Naar de overleggen</Link>
      </Paragraph>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
