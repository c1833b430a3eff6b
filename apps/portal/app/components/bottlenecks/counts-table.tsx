import { BOTTLENECK_STATES, BOTTLENECK_STATE_LABELS, BUILDING_BLOCKS } from '@bt/domain'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'

/** Bottlenecks counted per building block (rows) and state (columns): all anonymous visitors see. */
export function CountsTable({ counts }: { counts: readonly { buildingBlock: string; state: string; count: number }[] }) {
  const countOf = (block: string, state: string) => counts.find((c) => c.buildingBlock === block && c.state === state)?.count ?? 0
  const th = 'utrecht-table__header-cell'
  return (
    <TableScroll label="Knelpunten per bouwsteen en status">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">Aantal knelpunten per bouwsteen en status</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className={th}>Bouwsteen</th>
            {BOTTLENECK_STATES.map((s) => (
              <th key={s} scope="col" className={`${th} utrecht-table__header-cell--numeric`}>
                {BOTTLENECK_STATE_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {BUILDING_BLOCKS.map((b) => (
            <tr key={b.key} className="utrecht-table__row">
              <th scope="row" className={th}>
                {b.number}. {b.label}
              </th>
              {BOTTLENECK_STATES.map((s) => (
                <td key={s} className="utrecht-table__cell utrecht-table__cell--numeric">
                  {countOf(b.key, s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
