import { Fragment } from 'react'
import { Link } from 'react-router'

/** Breadcrumbs from Regio's through the region to the current page (the last item is not a link). */
export function PlanBreadcrumb({ region, page }: { region: { slug: string; name: string }; page: string }) {
  const items = [
    { to: '/regio', label: "Regio's" },
    { to: `/regio/${region.slug}`, label: region.name },
    { to: undefined, label: page },
  ]
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
          {item.to ? <Link to={item.to}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
        </Fragment>
      ))}
    </nav>
  )
}

/** Links between the plan pages of a region. */
export function PlanPagesNav({ slug, current }: { slug: string; current: 'plan' | 'regiovisie' | 'uitvoeringsplan' | 'zoeken' }) {
  const pages = [
    { key: 'plan', to: `/regio/${slug}/plan`, label: 'Plan: de zes onderdelen' },
    { key: 'regiovisie', to: `/regio/${slug}/regiovisie`, label: 'Regiovisie en vaststelling' },
    { key: 'uitvoeringsplan', to: `/regio/${slug}/uitvoeringsplan`, label: 'Uitvoeringsplan (afdrukken)' },
    { key: 'zoeken', to: `/regio/${slug}/zoeken`, label: 'Zoeken in de afspraken' },
  ] as const
  return (
    <nav aria-label="Plan van de regio" className="bt-page-nav bt-plan-nav">
      <ul>
        {pages.map((p) => (
          <li key={p.key}>
            {p.key === current ? (
              <span aria-current="page">{p.label}</span>
            ) : (
              <Link to={p.to}>{p.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
