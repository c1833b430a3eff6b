import { PLAN_ELEMENTS } from '@bt/domain'
import { Heading3, Paragraph } from '@utrecht/component-library-react'
import { agreementStageLabel, planStatusLabel } from '#app/components/plan/labels.ts'
import { agreementAnchor, PrintSection, printSectionNumber } from './sections.tsx'
import type { PrintElement } from './types.ts'

/** The print's section: the six plan elements with their status, text and agreements. */
export function PlanElementsSection({
  elements,
  completeness,
}: {
  elements: readonly PrintElement[]
  completeness: { done: number; total: number }
}) {
  return (
    <PrintSection id="onderdelen">
      <Paragraph>
        {completeness.done} van {completeness.total} onderdelen zijn gereed.
      </Paragraph>
      {PLAN_ELEMENTS.map((p) => {
        const element = elements.find((e) => e.element === p.key)
        return (
          <div key={p.key} className="bt-print-element">
            <Heading3>
              {printSectionNumber('onderdelen')}.{p.number} {p.label}
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
                      <a href={`#${agreementAnchor(a.id)}`}>{a.title}</a> ({agreementStageLabel(a.stage).toLowerCase()})
                    </span>
                  ))
                : 'nog geen.'}
            </p>
          </div>
        )
      })}
    </PrintSection>
  )
}
