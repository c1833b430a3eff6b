import { STATUSES, type StatusKey } from '@bt/domain'

/** A product status: its symbol from the VNG overview and its meaning in words (never symbol or colour alone). */
export function StatusBadge({ status }: { status: StatusKey }) {
  const { symbol, label } = STATUSES[status]
  return (
    <span className={`bt-status bt-status--${status}`}>
      <span aria-hidden="true" className="bt-status__symbol">
        {symbol}
      </span>{' '}
      {label}
    </span>
  )
}
