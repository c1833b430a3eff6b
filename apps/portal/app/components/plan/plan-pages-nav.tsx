import { Link } from 'react-router'

/** Links between the plan pages of a region. */
export function PlanPagesNav({ slug, current }: { slug: string; current: 'plan' | 'financiele-afspraak' | 'regiovisie' | 'uitvoeringsplan' | 'vaststelling' | 'zoeken' }) {
  const pages = [
    { key: 'plan', to: `/regio/${slug}/plan`, label: 'Plan: de zes onderdelen' },
    { key: 'financiele-afspraak', to: `/regio/${slug}/financiele-afspraak`, label: 'Financiële afspraak' },
    { key: 'regiovisie', to: `/regio/${slug}/regiovisie`, label: 'Regiovisie en vaststelling' },
    { key: 'uitvoeringsplan', to: `/regio/${slug}/uitvoeringsplan`, label: 'Uitvoeringsplan (afdrukken)' },
    { key: 'vaststelling', to: `/regio/${slug}/plan/vaststelling`, label: 'Vaststelling van het plan' },
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
