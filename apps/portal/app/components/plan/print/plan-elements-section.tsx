import { PLAN_ELEMENTS } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { agreementStageLabel, planStatusLabel } from '#app/components/plan/labels.ts'
import type { PrintElement } from './types.ts'

/** Section 1 of the print: the six plan elements with their status, text and agreements. */
export function PlanElementsSection({
  slug,
  elements,
  completeness,
}: {
  slug: string
  elements: readonly PrintElement[]
  completeness: { done: number; total: number }
}) {
  return (
    <section aria-labelledby="onderdelen" className="bt-print-section">
      <Heading2 id="onderdelen">1. De zes onderdelen van het plan</Heading2>
      <Paragraph>
        {completeness.done} van {completeness.total} onderdelen zijn gereed.
      </Paragraph>
      {PLAN_ELEMENTS.map((p) => {
        const element = elements.find((e) => e.element === p.key)
        return (
          <div key={p.key} className="bt-print-element">
            <Heading3>
              1.{p.number} {p.label}
            </Heading3>
            <p className="utrecht-paragraph bt-print-element__status">
              <strong>Status:</strong> {planStatusLabel(element?.status ?? 'not_started')}
            </p>
            <p className="utrecht-paragraph bt-muted bt-print-element__about">{p.description}</p>
            {element?.html ? (
              // Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup.
              <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: element.html }} />
            ) : (
              <p className="utrecht-paragraph">Nog geen tekst van de regio.</p>
            )}
            <p className="utrecht-paragraph">
              <strong>Afspraken:</strong>{' '}
              {element && element.agreements.length > 0
                ? element.agreements.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 ? '; ' : ''}
                      <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link> ({agreementStageLabel(a.stage).toLowerCase()})
                    </span>
                  ))
                : 'nog geen.'}
            </p>
          </div>
        )
      })}
    </section>
  )
}
