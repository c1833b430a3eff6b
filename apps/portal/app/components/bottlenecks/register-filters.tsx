import { BOTTLENECK_STATES, BOTTLENECK_STATE_LABELS, BUILDING_BLOCKS, RISK_SCALE, SEVERITY_LABELS, type BottleneckFilter } from '@bt/domain'
import { Form, Link } from 'react-router'
import { SelectFilter } from '#app/components/ui/select-filter.tsx'

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
  const filtered = Object.values(filter).some((v) => v !== undefined)
  return (
    <Form method="get" preventScrollReset className="bt-filters" aria-label="Knelpunten filteren">
      <SelectFilter
        id="filter-bouwsteen"
        name="bouwsteen"
        label="Bouwsteen"
        value={filter.buildingBlock}
        options={BUILDING_BLOCKS.map((b) => ({ value: b.key, label: `${b.number}. ${b.label}` }))}
      />
      <SelectFilter id="filter-regio" name="regio" label="Regio" value={filter.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
      <SelectFilter
        id="filter-status"
        name="status"
        label="Status"
        value={filter.state}
        options={BOTTLENECK_STATES.map((s) => ({ value: s, label: BOTTLENECK_STATE_LABELS[s] }))}
      />
      <SelectFilter id="filter-eigenaar" name="eigenaar" label="Eigenaar" value={filter.owner} options={owners.map((o) => ({ value: o.id, label: o.name }))} />
      <SelectFilter
        id="filter-ernst"
        name="ernst"
        label="Ernst"
        value={filter.severity}
        options={RISK_SCALE.map((p) => ({ value: p, label: `${p} – ${SEVERITY_LABELS[p]}` }))}
      />
      <div className="bt-filters__actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Toepassen
        </button>
        {filtered ? <Link to="/stuurgroep/knelpunten">Alle filters wissen</Link> : null}
      </div>
    </Form>
  )
}
