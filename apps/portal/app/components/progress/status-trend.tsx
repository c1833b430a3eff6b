import { STATUS_KEYS, STATUSES, type StatusKey } from '@bt/domain'
import { ChartWithTable } from '#app/components/ui/chart-with-table.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

/** One decision moment's status counts, as `overview` returns them. */
export interface TrendPoint {
  momentId: number
  momentDate: string
  label: string
  counts: Record<StatusKey, number>
  notSet: number
}

/** The overview's small trend in words: how many sub-lines were done at each moment ("0 → 1 van 2 gereed"). */
export function StatusTrendLine({ trend }: { trend: readonly TrendPoint[] }) {
  const last = trend.at(-1)
  if (!last) return null
  const total = STATUS_KEYS.reduce((sum, k) => sum + last.counts[k], last.notSet)
  const steps = trend.map((t) => `${t.counts.done} (${formatIsoDate(t.momentDate)})`).join(' → ')
  return (
    <p className="utrecht-paragraph bt-trend-line">
      Gereed per besluitmoment: {steps}, van {total} onderdelen.
    </p>
  )
}

/** The block page's trend: a stacked bar per decision moment with the table of the same counts beside it. */
export function StatusTrendChart({ trend }: { trend: readonly TrendPoint[] }) {
  return (
    <ChartWithTable
      type="bar"
      stacked
      title="Aantal onderdelen per status, per besluitmoment"
      categoryLabel="Besluitmoment"
      categories={trend.map((t) => formatIsoDate(t.momentDate))}
      series={STATUS_KEYS.map((k) => ({ label: `${STATUSES[k].symbol} ${STATUSES[k].label}`, values: trend.map((t) => t.counts[k]) }))}
      unit="count"
      height={14}
    />
  )
}
