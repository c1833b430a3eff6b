import { PLAN_ELEMENTS } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatDateTime } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { ElementForm } from './element-form.tsx'
import { ElementPublicationPanel } from './element-publication.tsx'
import type { PlanElementView } from './element-types.ts'
import { agreementStageLabel } from './labels.ts'
import { PlanStatus } from './plan-status.tsx'
import { Notice } from '#app/components/ui/notice.tsx'

/** One plan element on the plan page: status, publication, the region's text, its agreements and the edit form. */
export function PlanElementSection({
  slug,
  element,
  canEdit,
  saved,
  published,
  failure,
  publishFailure,
}: {
  slug: string
  element: PlanElementView
  canEdit: boolean
  saved: boolean
  published: boolean
  failure: FormFailure | undefined
  publishFailure: FormFailure | undefined
}) {
  const info = PLAN_ELEMENTS.find((p) => p.key === element.element)
  if (!info) return null
  const headingId = `onderdeel-${element.element}`
  return (
    <section aria-labelledby={headingId} className="bt-section bt-plan-element">
      <Heading2 id={headingId}>
        {info.number}. {info.label}
      </Heading2>
      <p className="utrecht-paragraph bt-muted">{info.description}</p>
      {element.element === 'budget_and_risks' ? (
        <Paragraph>
          Uitgewerkt volgens de VNG-handreiking: <Link to={`/regio/${slug}/financiele-afspraak`}>de financiële afspraak van de regio</Link>.
        </Paragraph>
      ) : null}
      {saved && !failure ? <Notice>Onderdeel {info.number} is opgeslagen.</Notice> : null}
      <dl className="bt-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <PlanStatus status={element.status} />
          </dd>
        </div>
        {element.updatedAt ? (
          <div>
            <dt>Laatst gewijzigd</dt>
            <dd className="bt-plan-fact">
              {formatDateTime(element.updatedAt)} door {element.updatedByLabel}
            </dd>
          </div>
        ) : null}
      </dl>
      {element.publication ? (
        <ElementPublicationPanel
          element={element.element}
          label={info.label}
          version={element.version}
          publication={element.publication}
          canEdit={canEdit}
          published={published}
          error={publishFailure?.formError ?? publishFailure?.fieldErrors?.version?.[0]}
        />
      ) : null}
      <Heading3>Tekst van de regio</Heading3>
      {element.html ? (
        // Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup.
        <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: element.html }} />
      ) : (
        <Paragraph className="bt-muted">Er is nog geen tekst.</Paragraph>
      )}
      <Heading3>Afspraken die dit onderdeel invullen</Heading3>
      {element.agreements.length === 0 ? (
        <Paragraph className="bt-muted">Nog geen afspraken.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {element.agreements.map((a) => (
            <li key={a.id}>
              <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link>{' '}
              <span className="bt-muted">({agreementStageLabel(a.stage)})</span>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details className="bt-plan-edit" open={failure ? true : undefined}>
          <summary>
            Onderdeel {info.number} bewerken<span className="bt-visually-hidden">: {info.label}</span>
          </summary>
          <ElementForm key={`${element.element}-${element.version ?? 0}`} element={element} label={info.label} failure={failure} />
        </details>
      ) : null}
    </section>
  )
}
