import { isList } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import type { RouterOutputs } from '@bt/api'
import { formatIsoDate } from '#app/lib/format.ts'
import { FIELD_LABELS, listItemLabel, partnerKindLabel, stageLabel } from './labels.ts'

type Change = RouterOutputs['agreement']['diff']['changes'][number]

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
const asArray = (v: unknown): Record<string, unknown>[] =>
  isList(v) ? v.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : []

/** A value field (stage, dates, partners, milestones, delays) of one revision, in words. */
function ValueText({ field, value }: { field: string; value: unknown }) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="bt-muted">(leeg)</span>
  }
  if (field === 'stage' && typeof value === 'string') return <>{stageLabel(value)}</>
  if (isDate(value)) return <>{formatIsoDate(value)}</>
  if (field === 'partners') {
    return (
      <ul className="bt-diff__items">
        {asArray(value).map((p, i) => (
          <li key={i}>
            {String(p.name)} ({partnerKindLabel(String(p.kind))})
          </li>
        ))}
      </ul>
    )
  }
  if (field === 'milestones') {
    return (
      <ul className="bt-diff__items">
        {asArray(value).map((m, i) => (
          <li key={i}>
            {isDate(m.date) ? formatIsoDate(m.date) : String(m.date)}: {String(m.label)}
          </li>
        ))}
      </ul>
    )
  }
  if (field === 'delays') {
    return (
      <ul className="bt-diff__items">
        {asArray(value).map((d, i) => (
          <li key={i}>
            {isDate(d.previousDate) ? formatIsoDate(d.previousDate) : 'geen datum'} →{' '}
            {isDate(d.newDate) ? formatIsoDate(d.newDate) : String(d.newDate)}: {String(d.reason)}
          </li>
        ))}
      </ul>
    )
  }
  return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>
}

function ChangeBody({ change, municipalityNames }: { change: Change; municipalityNames: ReadonlyMap<string, string> }) {
  if (change.kind === 'text') {
    return (
      <p className="utrecht-paragraph bt-diff__text">
        {change.parts.map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={i}>
              <span className="bt-visually-hidden">[verwijderd: </span>
              {part.text}
              <span className="bt-visually-hidden">]</span>
            </del>
          ) : (
            <ins key={i}>
              <span className="bt-visually-hidden">[toegevoegd: </span>
              {part.text}
              <span className="bt-visually-hidden">]</span>
            </ins>
          ),
        )}
      </p>
    )
  }
  if (change.kind === 'list') {
    return (
      <dl className="bt-diff__list">
        {change.added.length > 0 ? (
          <div>
            <dt>Toegevoegd</dt>
            <dd>
              <ul>
                {change.added.map((key) => (
                  <li key={key}>
                    <ins>{listItemLabel(change.field, key, municipalityNames)}</ins>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {change.removed.length > 0 ? (
          <div>
            <dt>Verwijderd</dt>
            <dd>
              <ul>
                {change.removed.map((key) => (
                  <li key={key}>
                    <del>{listItemLabel(change.field, key, municipalityNames)}</del>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    )
  }
  return (
    <dl className="bt-diff__value">
      <div>
        <dt>Was</dt>
        <dd>
          <ValueText field={change.field} value={change.before} />
        </dd>
      </div>
      <div>
        <dt>Wordt</dt>
        <dd>
          <ValueText field={change.field} value={change.after} />
        </dd>
      </div>
    </dl>
  )
}

/** What changed between two revisions, field by field, readable without colour. */
export function RevisionDiff({ changes, municipalityNames }: { changes: readonly Change[]; municipalityNames: ReadonlyMap<string, string> }) {
  if (changes.length === 0) return <Paragraph>Tussen deze twee versies is niets veranderd.</Paragraph>
  return (
    <>
      <Paragraph className="bt-muted">
        Verwijderde tekst is doorgestreept, toegevoegde tekst onderstreept.
      </Paragraph>
      {changes.map((change) => (
        <section key={change.field} className="bt-diff" aria-labelledby={`diff-${change.field}`}>
          <Heading2 id={`diff-${change.field}`}>{FIELD_LABELS[change.field] ?? change.field}</Heading2>
          <ChangeBody change={change} municipalityNames={municipalityNames} />
        </section>
      ))}
    </>
  )
}
