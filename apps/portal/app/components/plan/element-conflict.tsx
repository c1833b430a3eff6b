import { Heading3, Paragraph } from '@utrecht/component-library-react'
import { planStatusLabel } from './labels.ts'

/** The saved element as a conflict (409) carries it. */
export interface SavedElement {
  status: string
  body: string
  version: number
  updatedByLabel: string | null
}

export function isSavedElement(value: unknown): value is SavedElement {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value && 'version' in value
}

/** A stale save (409): the saved version beside the user's input, which stays in the form. */
export function ConflictNotice({ message, saved, yours }: { message?: string; saved: SavedElement; yours: { status: string; body: string } }) {
  return (
    <div className="utrecht-alert utrecht-alert--warning bt-conflict" role="alert">
      <Heading3>Iemand anders heeft dit onderdeel intussen gewijzigd</Heading3>
      <Paragraph>{message ?? 'Uw wijziging is niet opgeslagen.'}</Paragraph>
      <Paragraph>
        Uw invoer staat nog in het formulier. Vergelijk hem met de opgeslagen versie
        {saved.updatedByLabel ? ` van ${saved.updatedByLabel}` : ''}; sla daarna opnieuw op om de opgeslagen versie te
        vervangen.
      </Paragraph>
      <table className="utrecht-table utrecht-table--html-table bt-conflict-table">
        <caption className="utrecht-table__caption">Opgeslagen versie en uw invoer</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Veld</th>
            <th scope="col" className="utrecht-table__header-cell">Opgeslagen</th>
            <th scope="col" className="utrecht-table__header-cell">Uw invoer</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">Status</th>
            <td className="utrecht-table__cell">{planStatusLabel(saved.status)}</td>
            <td className="utrecht-table__cell">{planStatusLabel(yours.status)}</td>
          </tr>
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">Tekst</th>
            <td className="utrecht-table__cell bt-conflict__value">{saved.body || '(leeg)'}</td>
            <td className="utrecht-table__cell bt-conflict__value">{yours.body.trim() || '(leeg)'}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}
