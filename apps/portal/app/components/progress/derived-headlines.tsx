import type { RouterOutputs } from '@bt/api'
import { formatBasisPoints, formatInteger, formatIsoDate } from '#app/lib/format.ts'

type Headlines = NonNullable<RouterOutputs['overview']['buildingBlocks']['blocks'][number]['derived']>

/** A derived block's headline figures on the overview, each with what made it; the block page explains more. */
export function DerivedHeadlines({ derived }: { derived: Headlines }) {
  return (
    <>
      <h4 className="bt-block__subheading">Afgeleide voortgang (per {formatIsoDate(derived.asOf)})</h4>
      <ul className="bt-headlines">
        {derived.figures.map((f) => (
          <li key={f.label}>
            {f.label}:{' '}
            <strong>{f.value === null ? 'geen cijfer' : f.unit === 'count' ? formatInteger(f.value) : formatBasisPoints(f.value, { signed: f.signed })}</strong>{' '}
            ({f.detail})
          </li>
        ))}
      </ul>
    </>
  )
}
