import { BOTTLENECK_STATES, BOTTLENECK_STATE_LABELS, BUILDING_BLOCKS, RISK_SCALE, SEVERITY_LABELS, type BottleneckFilter } from '@bt/domain'
import { Form, Link } from 'react-router'

/** The register's filters as a GET form (works without JavaScript; a filtered view can be shared). */
export function RegisterFilters({
  filter,
  regions,
  owners,
}: {
  filter: BottleneckFilter
  regions: readonly { code: string; name: string }[]
  owners: readonly { id: string; name: string }[]
}) {
  const select = 'utrecht-select utrecht-select--html-select'
  const filtered = Object.values(filter).some((v) => v !== undefined)
  return (
    <Form method="get" preventScrollReset className="bt-filters" aria-label="Knelpunten filteren">
      <div className="bt-filter">
        <label className="utrecht-form-label" htmlFor="filter-bouwsteen">
          Bouwsteen
        </label>
        <select id="filter-bouwsteen" name="bouwsteen" defaultValue={filter.buildingBlock ?? ''} className={select}>
          <option value="">Alle</option>
          {BUILDING_BLOCKS.map((b) => (
            <option key={b.key} value={b.key}>
              {b.number}. {b.label}
            </option>
          ))}
        </select>
      </div>
      <div className="bt-filter">
        <label className="utrecht-form-label" htmlFor="filter-regio">
          Regio
        </label>
        <select id="filter-regio" name="regio" defaultValue={filter.region ?? ''} className={select}>
          <option value="">Alle</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="bt-filter">
        <label className="utrecht-form-label" htmlFor="filter-status">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filter.state ?? ''} className={select}>
          <option value="">Alle</option>
          {BOTTLENECK_STATES.map((s) => (
            <option key={s} value={s}>
              {BOTTLENECK_STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="bt-filter">
        <label className="utrecht-form-label" htmlFor="filter-eigenaar">
          Eigenaar
        </label>
        <select id="filter-eigenaar" name="eigenaar" defaultValue={filter.owner ?? ''} className={select}>
          <option value="">Alle</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="bt-filter">
        <label className="utrecht-form-label" htmlFor="filter-ernst">
          Ernst
        </label>
        <select id="filter-ernst" name="ernst" defaultValue={filter.severity ?? ''} className={select}>
          <option value="">Alle</option>
          {RISK_SCALE.map((p) => (
            <option key={p} value={p}>
              {p} – {SEVERITY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="bt-filters__actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Toepassen
        </button>
        {filtered ? <Link to="/stuurgroep/knelpunten">Alle filters wissen</Link> : null}
      </div>
    </Form>
  )
}
