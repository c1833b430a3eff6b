import { VALUE_STATE_LABELS, type IndicatorUnit, type ValueState } from '@bt/domain'
import { DataTable } from '#app/components/ui/data-table.tsx'
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
          <DataTable caption={`Eerdere waarden van ${label}, nieuwste eerst`} label={`Eerdere waarden van ${label}`} rows={history} rowKey={(h) => h.version} columns={[
              { key: 'versie', header: 'Versie', cell: (h) => h.version },
              { key: 'waarde', header: 'Waarde', cell: (h) => shown(h) },
              { key: 'door', header: 'Ingevoerd door', cell: (h) => h.enteredByLabel },
              { key: 'op', header: 'Ingevoerd op', cell: (h) => formatDateTime(h.enteredAt) },
              { key: 'vervangen', header: 'Vervangen op', cell: (h) => formatDateTime(h.replacedAt) },
              { key: 'bron', header: 'Bron', cell: (h) => h.source },
            ]} />
        </details>
      ) : null}
    </div>
  )
}
