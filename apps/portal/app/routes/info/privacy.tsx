import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import type { Route } from './+types/privacy'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Privacy', 'Welke persoonsgegevens Beschermd Thuis verwerkt en waarom.')]

export default function Privacy() {
  return (
    <>
      <Heading1>Privacy</Heading1>
      <Paragraph lead>
        De portal legt afspraken van regio&apos;s vast, geen gegevens over cliënten.
      </Paragraph>
      <Heading2>Welke gegevens wij verwerken</Heading2>
      <ul>
        <li>Van gebruikers: naam, e-mailadres, rol en de regio of gemeente waarvoor zij werken.</li>
        <li>Een sessiecookie om ingelogd te blijven. Er zijn geen volg- of advertentiecookies.</li>
        <li>Een logboek van wijzigingen: wie wat wanneer heeft aangepast.</li>
      </ul>
      <Heading2>Cliëntgegevens</Heading2>
      <Paragraph>
        Rekenhulpen die over één cliënt gaan, zoals het woonplaatsbeginsel, rekenen alleen en tonen de uitkomst. Zij
        slaan de gegevens niet op, schrijven ze niet in een logboek en zetten ze niet in een webadres.
      </Paragraph>
    </>
  )
}
