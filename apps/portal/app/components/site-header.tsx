import { Form, NavLink } from 'react-router'

export interface HeaderUser {
  name: string
  roles: string[]
  isAdmin: boolean
}

/** The site header: the portal's name, the main navigation and who is signed in. */
export function SiteHeader({ user }: { user: HeaderUser | null }) {
  const items = [
    ...(user ? [{ to: '/mijn-werk', label: 'Mijn werk', end: false }] : []),
    { to: '/', label: 'Landelijk overzicht', end: true },
    { to: '/regio', label: "Regio's", end: false },
    { to: '/indicatoren', label: 'Indicatoren', end: false },
    { to: '/edities', label: 'Edities', end: false },
    { to: '/stuurgroep', label: 'Stuurgroep', end: false },
    ...(user ? [{ to: '/rekenen', label: 'Rekenen', end: false }] : []),
    ...(user ? [{ to: '/zoeken', label: 'Zoeken', end: false }] : []),
    ...(user?.isAdmin ? [{ to: '/beheer', label: 'Beheer', end: false }] : []),
  ]
  return (
    <header className="bt-header">
      <div className="bt-header__inner">
        <a href="/" className="bt-header__brand">
          Beschermd Thuis
          <span className="bt-header__tagline">Voortgang doordecentralisatie beschermd wonen</span>
        </a>
        <nav aria-label="Hoofdmenu" className="bt-nav">
          <ul className="bt-nav__list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="bt-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="bt-user">
          {user ? (
            <>
              <NavLink to="/account" className="bt-nav__link">
                <span className="bt-user__name">{user.name}</span>
                <span className="bt-user__role">{user.roles.join(', ')}</span>
              </NavLink>
              <Form method="post" action="/uitloggen">
                <button type="submit" className="bt-user__logout">
                  Uitloggen
                </button>
              </Form>
            </>
          ) : (
            <NavLink to="/inloggen" className="bt-nav__link">
              Inloggen
            </NavLink>
          )}
        </div>
      </div>
    </header>
  )
}
