import { Fragment, type ReactNode } from 'react'
import { Link } from 'react-router'

/** One step of a breadcrumb trail; the last step is the current page and is never a link. */
export interface Crumb {
  to?: string
  label: ReactNode
}

/** The first steps the portal's trails start with. */
export const CRUMBS = {
  regions: { to: '/regio', label: "Regio's" },
  admin: { to: '/beheer', label: 'Beheer' },
  calc: { to: '/rekenen', label: 'Rekenen' },
} as const satisfies Record<string, Crumb>

/** Regio's › the region: the start of every trail below a region page. */
export function regionCrumbs(region: { slug: string; name: string }): Crumb[] {
  return [CRUMBS.regions, { to: `/regio/${region.slug}`, label: region.name }]
}

/** Breadcrumbs: every item but the last is a link; the last is the current page. */
export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Kruimelpad" className="bt-breadcrumb">
      {items.map((item, i) => {
        const current = i === items.length - 1
        return (
          <Fragment key={i}>
            {i > 0 ? (
              <>
                {' '}
                <span aria-hidden="true">›</span>{' '}
              </>
            ) : null}
            {item.to && !current ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current={current ? 'page' : undefined}>{item.label}</span>
            )}
          </Fragment>
        )
      })}
    </nav>
  )
}
