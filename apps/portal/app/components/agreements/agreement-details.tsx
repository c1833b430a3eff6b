import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { formatDateTime, formatIsoDate } from '#app/lib/format.ts'
import { FIELD_LABELS, listItemLabel, partnerKindLabel } from './labels.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { AgreementContent } from './types.ts'

const TAG_FIELDS = ['nvoAgreements', 'themes', 'conditions', 'buildingBlocks', 'planElements', 'municipalities'] as const

/** What an agreement is linked to (NvO agreements, themes, conditions, …) and who it is made with. */
export function AgreementTags({ content, municipalityNames }: { content: AgreementContent; municipalityNames: ReadonlyMap<string, string> }) {
  return (
    <section aria-labelledby="koppelingen" className="bt-section">
      <Heading2 id="koppelingen">Koppelingen en partners</Heading2>
      <dl className="bt-tags">
        {TAG_FIELDS.map((field) => (
          <div key={field}>
            <dt>{FIELD_LABELS[field]}</dt>
            <dd>
              {content[field].length === 0 ? (
                <span className="bt-muted">Nog niet ingevuld</span>
              ) : (
                <ul>
                  {content[field].map((key) => (
                    <li key={key}>{listItemLabel(field, key, municipalityNames)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>{FIELD_LABELS.partners}</dt>
          <dd>
            {content.partners.length === 0 ? (
              <span className="bt-muted">Nog niet ingevuld</span>
            ) : (
              <ul>
                {content.partners.map((p, i) => (
                  <li key={i}>
                    {p.name} ({partnerKindLabel(p.kind)})
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}

/** The agreement's dates: planned date, milestones and every delay (the earlier dates stay visible). */
export function AgreementPlanning({ content }: { content: AgreementContent }) {
  const { plannedDate, dueDate, milestones, delays } = content
  return (
    <section aria-labelledby="planning" className="bt-section">
      <Heading2 id="planning">Planning</Heading2>
      <dl className="bt-facts">
        <div>
          <dt>Oorspronkelijk gepland</dt>
          <dd>{plannedDate ? formatIsoDate(plannedDate) : 'Nog geen datum'}</dd>
        </div>
        {delays.length > 0 ? (
          <div>
            <dt>Streefdatum na vertraging</dt>
            <dd>{dueDate ? formatIsoDate(dueDate) : 'Nog geen datum'}</dd>
          </div>
        ) : null}
      </dl>
      {milestones.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Mijlpalen</h3>
          <ul className="utrecht-unordered-list">
            {milestones.map((m, i) => (
              <li key={i}>
                {formatIsoDate(m.date)}: {m.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="utrecht-heading-3">Vertragingen</h3>
      {delays.length === 0 ? (
        <Paragraph>Er is geen vertraging gemeld.</Paragraph>
      ) : (
        <TableScroll label="Vertragingen">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Gemelde vertragingen, oudste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Gemeld</th>
                <th scope="col" className="utrecht-table__header-cell">Was gepland op</th>
                <th scope="col" className="utrecht-table__header-cell">Nieuwe datum</th>
                <th scope="col" className="utrecht-table__header-cell">Reden</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {delays.map((d, i) => (
                <tr key={i} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    {formatDateTime(d.recordedAt)}
                    <span className="bt-list-note">door {d.recordedBy}</span>
                  </td>
                  <td className="utrecht-table__cell">{d.previousDate ? formatIsoDate(d.previousDate) : 'geen datum'}</td>
                  <td className="utrecht-table__cell">{formatIsoDate(d.newDate)}</td>
                  <td className="utrecht-table__cell bt-cell-text">{d.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
