import { Form } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'

/** The search parameter that picks the decision moment whose indeling draws the map. */
export const MAP_DATE_PARAM = 'kaartper'

/** The moment id in `?kaartper=`, or null for today (a malformed value is ignored). */
export function mapMomentParam(request: Request): number | null {
  const raw = new URL(request.url).searchParams.get(MAP_DATE_PARAM)
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null
}

/**
 * Choose the regional indeling the map is drawn under: today's, or the one valid at a decision moment
 * (a GET form that keeps the page's other parameters, so it works without JavaScript).
 */
export function MapDatePicker({ moments, selected, search }: { moments: readonly { id: number; momentDate: string; label: string }[]; selected: number | null; search: string }) {
  const keep = [...new URLSearchParams(search)].filter(([name]) => name !== MAP_DATE_PARAM)
  return (
    <Form method="get" className="bt-as-of" aria-label="Datum van de kaart kiezen" preventScrollReset>
      {keep.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <label className="utrecht-form-label" htmlFor={MAP_DATE_PARAM}>
        Regio-indeling van de kaart per
      </label>{' '}
      <select id={MAP_DATE_PARAM} name={MAP_DATE_PARAM} className="utrecht-select utrecht-select--html-select" defaultValue={selected ?? ''}>
        <option value="">vandaag</option>
        {[...moments].reverse().map((m) => (
          <option key={m.id} value={m.id}>
            {formatIsoDate(m.momentDate)}: {m.label}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        Tonen
      </button>
    </Form>
  )
}
