// "Vergelijkbare afspraken in andere regio's": published agreements of other regions most like this
// one, with what they share, so a region can learn from another (issue 19).
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { conditionLabel, nvoLabel, stageLabel, themeLabel } from './labels.ts'

export interface SimilarAgreementView {
  id: number
  regionName: string
  regionSlug: string
  title: string
  stage: string
  sharedNvoAgreements: readonly string[]
  sharedConditions: readonly string[]
  sharedThemes: readonly string[]
}

export function SimilarAgreements({
  similar,
  heading = "Vergelijkbare afspraken in andere regio's",
}: {
  similar: readonly SimilarAgreementView[]
  heading?: string
}) {
  return (
    <section aria-labelledby="vergelijkbaar" className="bt-section">
      <Heading2 id="vergelijkbaar">{heading}</Heading2>
      {similar.length === 0 ? (
        <Paragraph className="bt-muted">Andere regio's hebben nog geen vergelijkbare afspraak gepubliceerd.</Paragraph>
      ) : (
        <ul className="bt-similar">
          {similar.map((s) => (
            <li key={s.id}>
              <Link to={`/regio/${s.regionSlug}/afspraken/${s.id}`}>{s.title}</Link>{' '}
              <span className="bt-muted">
                ({s.regionName}, {stageLabel(s.stage).toLowerCase()})
              </span>
              <SharedTags agreement={s} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function SharedTags({ agreement }: { agreement: SimilarAgreementView }) {
  const shared = [
    ...agreement.sharedNvoAgreements.map((k) => `NvO-afspraak ${nvoLabel(k)}`),
    ...agreement.sharedConditions.map((k) => `conditie ${conditionLabel(k)}`),
    ...agreement.sharedThemes.map((k) => `thema ${themeLabel(k)}`),
  ]
  return (
    <div className="bt-similar__shared">
      {shared.length > 0 ? `Zelfde ${shared.join(', ')}.` : 'Vergelijkbare tekst.'}
    </div>
  )
}
