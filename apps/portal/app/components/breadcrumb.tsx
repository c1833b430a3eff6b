import { Fragment, type ReactNode } from 'react'
import { Link } from 'react-router'

/** Breadcrumbs: every item but the last is a link (the last is the current page). */
export function Breadcrumb({ items }: { items: { to?: string; label: ReactNode }[] }) {
  return (
    <nav aria-label="Kruimelpad" className="bt-breadcrumb">
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 ? (
            <>
              {' '}
              <span aria-hidden="true">›</span>{' '}
            </>
          ) : null}
          {item.to && i < items.length - 1 ? <Link to={item.to}>{item.label}</Link> : <span>{item.label}</span>}
        </Fragment>
      ))}
    </nav>
  )
}

/**
 * A wide table's scroll container: focusable and named, so keyboard users can scroll it too
 * (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="bt-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
