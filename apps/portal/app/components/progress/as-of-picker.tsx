import { Form } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'

/** A decision moment as the picker lists it. */
export interface MomentOption {
  id: number
  momentDate: string
  label: string
  prepared: boolean
}

/**
 * Choose the decision moment a page is shown as of: a GET form (`?per=<id>`), so it works without
 * JavaScript and the chosen view has its own address.
 */
export function AsOfPicker({ moments, selected }: { moments: readonly MomentOption[]; selected: number | null }) {
  return (
    <Form method="get" className="bt-as-of" aria-label="Besluitmoment kiezen">
      <label className="utrecht-form-label" htmlFor="per">
        Stand per
      </label>{' '}
      <select id="per" name="per" className="utrecht-select utrecht-select--html-select" defaultValue={selected ?? ''}>
        <option value="">Nu (laatst besloten)</option>
        <MomentOptions moments={moments} preparedNote=" (voorbereid, nog niet gepubliceerd)" />
      </select>{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        Tonen
      </button>
    </Form>
  )
}

/** The decision moments as options of a select, newest first; a prepared one carries `preparedNote`. */
export function MomentOptions({ moments, preparedNote }: { moments: readonly MomentOption[]; preparedNote: string }) {
  return [...moments].reverse().map((m) => (
    <option key={m.id} value={m.id}>
      {formatIsoDate(m.momentDate)}: {m.label}
      {m.prepared ? preparedNote : ''}
    </option>
  ))
}

/** One sentence saying what the page is as of (a decision moment, now, or a frozen edition). */
export function asOfSentence(asOf: { isNow: boolean; moment: { momentDate: string; label: string } | null }, edition?: { label: string; frozenOn: string } | null): string {
  if (edition) {
    const last = asOf.moment ? `; laatste besluitmoment daarvoor: ${asOf.moment.label} (${formatIsoDate(asOf.moment.momentDate)})` : ''
    return `Statussen zoals besloten tot het bevriezen van ${edition.label} op ${formatIsoDate(edition.frozenOn)}${last}.`
  }
  if (!asOf.moment) return 'Er is nog geen besluitmoment vastgelegd.'
  const when = `${asOf.moment.label} (${formatIsoDate(asOf.moment.momentDate)})`
  return asOf.isNow ? `Statussen zoals nu geldend; laatste besluitmoment: ${when}.` : `Statussen zoals besloten per ${when}.`
}
