import { VALUE_STATE_LABELS, type IndicatorUnit, type ValueState } from '@bt/domain'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatDateTime } from '#app/lib/format.ts'
import { formatIndicatorValue } from './indicator-values.ts'

interface Version {
  version: number
  state: ValueState
  value: number | null
  source: string
  enteredByLabel: string
  enteredAt: Date | string
}

/**
 * Who entered the current value and when, and its corrections (earlier versions, newest first) with
 * who entered each and when it was replaced: nothing stored is lost, and a reader can see what changed.
 */
export function ValueHistory({ label, unit, current, history, open = false }: {
  label: string
  /** Show the earlier values unfolded (a page about this one value). */
  open?: boolean
  unit: IndicatorUnit
  current: Version | null
  history: readonly (Version & { replacedAt: Date | string })[]
}) {
  if (!current) return null
  const shown = (v: Version) => (v.state === 'final' || v.state === 'provisional' || v.state === 'nil' ? `${formatIndicatorValue(unit, v.value)} (${VALUE_STATE_LABELS[v.state]})` : VALUE_STATE_LABELS[v.state])
  return (
    <div className="bt-value-history">
      <p className="utrecht-paragraph bt-muted">
        Versie {current.version}, ingevoerd door {current.enteredByLabel} op {formatDateTime(current.enteredAt)}; bron: {current.source}.
      </p>
      {history.length > 0 ? (
        <details open={open}>
          <summary>Eerdere waarden van {label} ({history.length})</summary>
          <TableScroll label={`Eerdere waarden van ${label}`}>
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">Eerdere waarden van {label}, nieuwste eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Versie</th>
                  <th scope="col" className="utrecht-table__header-cell">Waarde</th>
                  <th scope="col" className="utrecht-table__header-cell">Ingevoerd door</th>
                  <th scope="col" className="utrecht-table__header-cell">Ingevoerd op</th>
                  <th scope="col" className="utrecht-table__header-cell">Vervangen op</th>
                  <th scope="col" className="utrecht-table__header-cell">Bron</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {history.map((h) => (
                  <tr key={h.version} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{h.version}</td>
                    <td className="utrecht-table__cell">{shown(h)}</td>
                    <td className="utrecht-table__cell">{h.enteredByLabel}</td>
                    <td className="utrecht-table__cell">{formatDateTime(h.enteredAt)}</td>
                    <td className="utrecht-table__cell">{formatDateTime(h.replacedAt)}</td>
                    <td className="utrecht-table__cell">{h.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </div>
  )
}
