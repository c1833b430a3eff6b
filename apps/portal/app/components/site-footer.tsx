import { Link } from 'react-router'

/** The site footer: the statements every Dutch public-sector site links to, and the licence. */
export function SiteFooter() {
  return (
    <footer className="bt-footer">
      <nav aria-label="Over deze site">
        <ul className="bt-footer__list">
          <li>
            <Link to="/toegankelijkheid">Toegankelijkheid</Link>
          </li>
          <li>
            <Link to="/privacy">Privacy</Link>
          </li>
          <li>
            <Link to="/open-data">Open data en API</Link>
          </li>
        </ul>
      </nav>
      <p className="bt-footer__note">Open source onder de EUPL-1.2.</p>
    </footer>
  )
}
