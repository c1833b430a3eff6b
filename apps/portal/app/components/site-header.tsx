import { NavLink } from 'react-router'

const NAV_ITEMS = [
  { to: '/', label: 'Landelijk overzicht', end: true },
  { to: '/regio', label: "Regio's", end: false },
] as const

/** The site header: name of the portal and the main navigation. */
export function SiteHeader() {
  return (
    <header className="bt-header">
      <div className="bt-header__inner">
        <a href="/" className="bt-header__brand">
          Beschermd Thuis
          <span className="bt-header__tagline">Voortgang doordecentralisatie beschermd wonen</span>
        </a>
        <nav aria-label="Hoofdmenu" className="bt-nav">
          <ul className="bt-nav__list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="bt-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
