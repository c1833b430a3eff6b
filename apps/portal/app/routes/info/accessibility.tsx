import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import type { Route } from './+types/accessibility'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Toegankelijkheid', 'De toegankelijkheidsverklaring van Beschermd Thuis.')]

export default function Accessibility() {
  return (
    <>
      <Heading1>Toegankelijkheid</Heading1>
      <Paragraph lead>
        Beschermd Thuis wil voor iedereen bruikbaar zijn. De portal volgt de eisen van WCAG 2.1 op niveau AA, de
        wettelijke norm voor websites van de Nederlandse overheid.
      </Paragraph>
      <Heading2>Wat wij doen</Heading2>
      <ul>
        <li>Elke pagina wordt bij elke wijziging automatisch getoetst met axe op de WCAG 2.1 AA-criteria.</li>
        <li>Alle functies zijn met het toetsenbord te bedienen; een link &quot;Naar de inhoud&quot; slaat het menu over.</li>
        <li>Naast elke grafiek staat een tabel met dezelfde cijfers.</li>
        <li>Statussen worden altijd ook in woorden getoond, nooit alleen met een kleur of symbool.</li>
      </ul>
      <Heading2>Een probleem melden</Heading2>
      <Paragraph>
        Loopt u tegen een toegankelijkheidsprobleem aan? Meld het via de issuetracker van het project, dan lossen we
        het zo snel mogelijk op.
      </Paragraph>
    </>
  )
}
