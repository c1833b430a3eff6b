import type { RouterOutputs } from '@bt/api'
import { Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { agreementStageLabel } from '#app/components/plan/labels.ts'
import { formatIsoDate } from '#app/lib/format.ts'
import { agreementAnchor, PrintSection, printSectionNumber } from './sections.tsx'

type AgreementText = RouterOutputs['plan']['agreementTexts']['agreements'][number]

/** An agreement as the print shows it in full: its text rendered on the server. */
export type PrintAgreementText = Pick<
  AgreementText,
  'id' | 'title' | 'stage' | 'stageReason' | 'plannedDate' | 'dueDate' | 'milestones' | 'delays' | 'explanation' | 'hasUnpublishedChanges'
> & { bodyHtml: string }

function Planning({ agreement: a }: { agreement: PrintAgreementText }) {
  const due = a.dueDate ?? a.plannedDate
  return (
    <dl className="bt-facts bt-print-facts">
      <div>
        <dt>Stadium</dt>
        <dd>
          {agreementStageLabel(a.stage)}
          {a.stageReason ? ` (${a.stageReason})` : ''}
          {a.hasUnpublishedChanges ? ', met wijzigingen die nog niet zijn gepubliceerd' : ''}
        </dd>
      </div>
      <div>
        <dt>Geplande datum</dt>
        <dd>
          {due ? formatIsoDate(due) : 'geen'}
          {a.dueDate && a.plannedDate && a.dueDate !== a.plannedDate ? ` (oorspronkelijk ${formatIsoDate(a.plannedDate)})` : ''}
        </dd>
      </div>
      <div>
        <dt>Mijlpalen</dt>
        <dd>
          {a.milestones.length === 0 ? (
            'geen'
          ) : (
            <ul className="bt-print-milestones">
              {a.milestones.map((m) => (
                <li key={`${m.date}-${m.label}`}>
                  {formatIsoDate(m.date)}: {m.label}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {a.delays.length > 0 ? (
        <div>
          <dt>Vertragingen</dt>
          <dd>
            <ul className="bt-print-milestones">
              {a.delays.map((d) => (
                <li key={d.recordedAt}>
                  van {d.previousDate ? formatIsoDate(d.previousDate) : 'geen datum'} naar {formatIsoDate(d.newDate)}: {d.reason}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

/**
 * The print's section with every agreement in full (issue 19 item 2): its text, planning (dates,
 * milestones, delays), stage and the region's explanation, each under an anchor the tables link to.
 */
export function AgreementTextsSection({ slug, agreements }: { slug: string; agreements: readonly PrintAgreementText[] }) {
  const number = printSectionNumber('afspraken')
  return (
    <PrintSection id="afspraken">
      {agreements.length === 0 ? <Paragraph>De regio heeft nog geen afspraken vastgelegd.</Paragraph> : null}
      {agreements.map((a, i) => (
        <article key={a.id} aria-labelledby={agreementAnchor(a.id)} className="bt-print-agreement">
          <Heading3 id={agreementAnchor(a.id)}>
            {number}.{i + 1} {a.title}
          </Heading3>
          <Planning agreement={a} />
          {a.bodyHtml ? (
            // Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup.
            <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
          ) : (
            <Paragraph>Nog geen tekst.</Paragraph>
          )}
          {a.explanation ? (
            <>
              <p className="utrecht-paragraph bt-print-agreement__label">
                <strong>Toelichting van de regio</strong>
              </p>
              <p className="utrecht-paragraph bt-pre">{a.explanation}</p>
            </>
          ) : null}
          <p className="utrecht-paragraph bt-no-print">
            <Link to={`/regio/${slug}/afspraken/${a.id}`}>
              Naar de pagina van de afspraak<span className="bt-visually-hidden"> “{a.title}”</span>
            </Link>
          </p>
        </article>
      ))}
    </PrintSection>
  )
}
