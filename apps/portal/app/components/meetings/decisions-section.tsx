import type { RouterOutputs } from '@bt/api'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { DecisionTable } from './decision-list.tsx'

type Decision = RouterOutputs['meeting']['decisions'][number]

/**
 * The steering group's decisions about a region's or a building block's bottlenecks, on its page.
 * Anonymous visitors get only the count (`decisions` null).
 */
export function DecisionsSection({ about, count, decisions }: { about: string; count: number; decisions: readonly Decision[] | null }) {
  return (
    <section aria-labelledby="besluiten-kop" id="besluiten" className="bt-section">
      <Heading2 id="besluiten-kop">Besluiten van de stuurgroep</Heading2>
      {decisions === null ? (
        <Paragraph>
          De stuurgroep nam {count === 1 ? 'één besluit' : `${count} besluiten`} over knelpunten van {about}. Log in om ze te lezen.
        </Paragraph>
      ) : decisions.length === 0 ? (
        <Paragraph>Er zijn nog geen besluiten over knelpunten van {about}.</Paragraph>
      ) : (
        <DecisionTable decisions={decisions} caption={`Besluiten over knelpunten van ${about}`} linkMeetings={false} />
      )}
    </section>
  )
}
