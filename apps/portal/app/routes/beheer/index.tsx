import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/index'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Beheer', "Beheer van gebruikers, regio's, teksten en gegevens.")]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const [users, regions, texts] = await Promise.all([
    api.admin.users.list(),
    api.admin.regions.list(),
    api.admin.referenceTexts.list(),
  ]).catch(toRouteError)
  return {
    userCount: users.length,
    inactiveCount: users.filter((u) => !u.isActive).length,
    regionCount: regions.length,
    textCount: texts.length,
  }
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const { userCount, inactiveCount, regionCount, textCount } = loaderData
  const sections = [
    {
      to: '/beheer/gebruikers',
      title: 'Gebruikers',
      text: `${userCount} accounts${inactiveCount ? `, waarvan ${inactiveCount} gedeactiveerd` : ''}. Gebruikers toevoegen, hun rol wijzigen, een nieuwe wachtwoordlink maken of een account deactiveren.`,
    },
    {
      to: '/beheer/regios',
      title: "Regio's",
      text: `${regionCount} regio's. De naam van een regio wijzigen; het webadres volgt de naam.`,
    },
    {
      to: '/beheer/indeling',
      title: 'Regio-indeling',
      text: 'Een nieuwe indeling van gemeenten in regio’s importeren uit een CSV-bestand, met controle vooraf.',
    },
    {
      to: '/beheer/gemeenten',
      title: 'Gemeenten',
      text: 'Van wanneer tot wanneer een gemeentecode bestaat (bij een herindeling); de import van indicatorwaarden controleert ertegen.',
    },
    {
      to: '/beheer/rekendata',
      title: 'Rekendata',
      text: 'Echte tabellen voor het rekenen importeren (historische bedragen, maatstaven), in plaats van de voorbeeldbedragen.',
    },
    {
      to: '/beheer/teksten',
      title: 'Teksten',
      text: `${textCount} teksten van de afspraken en thema’s uit de Norm voor Opdrachtgeverschap.`,
    },
    {
      to: '/beheer/uitgaande-mail',
      title: 'Uitgaande mail',
      text: 'Mail die het portaal verstuurt: wat verzonden is, wat nog wacht en wat opnieuw wordt geprobeerd. Zonder SMTP-server blijft elke mail hier staan.',
    },
    {
      to: '/beheer/logboek',
      title: 'Logboek',
      text: 'Wie wat wanneer heeft gewijzigd, in het hele portaal.',
    },
  ]
  return (
    <>
      <Heading1>Beheer</Heading1>
      <Paragraph>
        Gebruikers, rollen, referentiegegevens en de regio-indeling van het portaal.
      </Paragraph>
      <ul className="bt-admin-sections">
        {sections.map((s) => (
          <li key={s.to} className="bt-admin-section">
            <Heading2>
              <Link to={s.to}>{s.title}</Link>
            </Heading2>
            <Paragraph>{s.text}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}
