import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { isRouteErrorResponse, Link } from 'react-router'

const TITLES: Partial<Record<number, string>> = {
  400: 'Ongeldig verzoek',
  401: 'Inloggen nodig',
  403: 'Geen toegang',
  404: 'Pagina niet gevonden',
  405: 'Niet toegestaan',
  409: 'Gegevens zijn intussen gewijzigd',
  429: 'Te veel pogingen',
  503: 'Tijdelijk niet beschikbaar',
}

function messageOf(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    return data.message
  }
  return undefined
}

/** The status-aware error page: a Dutch title and message per status, never a stack trace. */
export function ErrorPage({ error }: { error: unknown }) {
  if (isRouteErrorResponse(error)) {
    const title = TITLES[error.status] ?? 'Er ging iets mis'
    return (
      <article className="bt-error">
        <title>{`${title} – Beschermd Thuis`}</title>
        <Heading1>{title}</Heading1>
        <Paragraph>{messageOf(error.data) ?? 'Deze pagina kan nu niet worden getoond.'}</Paragraph>
        <Paragraph>
          <Link to="/">Naar het landelijk overzicht</Link>
        </Paragraph>
      </article>
    )
  }
  return (
    <article className="bt-error">
      <title>Er ging iets mis – Beschermd Thuis</title>
      <Heading1>Er ging iets mis</Heading1>
      <Paragraph>Er is een onverwachte fout opgetreden. Probeer het later opnieuw.</Paragraph>
      <Paragraph>
        <Link to="/">Naar het landelijk overzicht</Link>
      </Paragraph>
    </article>
  )
}
