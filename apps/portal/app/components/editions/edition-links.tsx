import { Link } from 'react-router'

/** "Per editie": links to a region's (or the nation's) picture in each frozen edition. */
export function EditionAsOfLinks({ editions, regionSlug }: { editions: readonly { key: string; label: string; state: string }[]; regionSlug?: string }) {
  const frozen = editions.filter((e) => e.state === 'frozen')
  if (frozen.length === 0) return null
  return (
    <p className="utrecht-paragraph bt-edition-links">
      Bekijk {regionSlug ? 'het beeld van de regio' : 'de landelijke cijfers'} per bevroren editie:{' '}
      {frozen.map((e, i) => (
        <span key={e.key}>
          {i > 0 ? ', ' : null}
          <Link to={regionSlug ? `/edities/${e.key}/${regionSlug}` : `/edities/${e.key}`}>{e.label}</Link>
        </span>
      ))}
      .
    </p>
  )
}

/** Building block 9 on the overview: how many regions reported in the open edition. */
export function EditionReporting({ summary }: { summary: { key: string; label: string; counts: { total: number; reported: number; byState: { confirmed: number } } } | null }) {
  if (!summary) return null
  return (
    <p className="utrecht-paragraph bt-edition-reporting">
      <Link to={`/edities/${summary.key}`}>{summary.label}</Link>: {summary.counts.reported} van de {summary.counts.total} regio’s rapporteerden,{' '}
      {summary.counts.byState.confirmed} bevestigden.
    </p>
  )
}
