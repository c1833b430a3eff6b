import { Form, Link } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'

/** An edition as the picker lists it (from `edition.list`). */
export interface EditionOption {
  key: string
  label: string
  state: string
}

/**
 * Choose a frozen half-year edition to show a page as of (`?editie=2026-H1`): a GET form, so it works
 * without JavaScript and the chosen view has its own address. Lists frozen editions only: an open
 * edition has no agreed picture yet.
 */
export function EditionPicker({ editions, selected, what }: { editions: readonly EditionOption[]; selected: string | null; what: string }) {
  const frozen = editions.filter((e) => e.state === 'frozen')
  if (frozen.length === 0) return null
  return (
    <Form method="get" className="bt-as-of" aria-label="Stand volgens een editie">
      <label className="utrecht-form-label" htmlFor="editie">
        {what} volgens editie
      </label>{' '}
      <select id="editie" name="editie" className="utrecht-select utrecht-select--html-select" defaultValue={selected ?? ''}>
        <option value="">Actueel (geen editie)</option>
        {frozen.map((e) => (
          <option key={e.key} value={e.key}>
            {e.label} ({e.key})
          </option>
        ))}
      </select>{' '}
      {/* Not "Tonen": the decision-moment and measure pickers on the same page have that button. */}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        Editie kiezen
      </button>
    </Form>
  )
}

/** Says plainly that the page shows a frozen edition, with the way back to the live view. */
export function EditionAsOfNotice({ edition, livePath }: { edition: { key: string; label: string; frozenOn?: string | null } | null; livePath: string }) {
  if (!edition) return null
  return (
    <div className="bt-edition-notice" role="note" aria-label="Stand volgens editie">
      <p className="utrecht-paragraph">
        U ziet de stand volgens <Link to={`/edities/${edition.key}`}>{edition.label} ({edition.key})</Link>
        {edition.frozenOn ? `, bevroren op ${formatIsoDate(edition.frozenOn)}` : ''}: het beeld zoals de regio’s het bevestigden, niet de
        actuele registraties. <Link to={livePath}>Naar de actuele stand</Link>
      </p>
    </div>
  )
}
