import { Fragment } from 'react'
import { Link } from 'react-router'

/** Breadcrumbs from Regio's down to the current page (the last item is not a link). */
export function RegionBreadcrumb({ trail }: { trail: { to?: string; label: string }[] }) {
  const items = [{ to: '/regio', label: "Regio's" }, ...trail]
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
