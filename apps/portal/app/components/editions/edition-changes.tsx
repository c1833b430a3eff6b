import { CHANGE_KIND_LABELS, CHANGE_KINDS, type ChangeKind, type PictureChange } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'

/** What `edition.changes` returns (the parts this view reads). */
export interface EditionChangesData {
  edition: { key: string; label: string; state: string }
  previous: { key: string; label: string } | null
  /** Regions compared with another picture than `previous` (an older edition, or none: their first). */
  otherBaselines?: { regionName: string; edition: { key: string; label: string } | null }[]
  counts: Partial<Record<ChangeKind, number>> | null
  changes: PictureChange[] | null
}

/**
 * "Wat is veranderd sinds de vorige editie": counts per kind (public once frozen), and for those
 * signed in each change in words and in a table. Self-contained, for the overview, a block and a region.
 */
export function EditionChanges({ data, scope, showRegion = true, bare = false }: { data: EditionChangesData | null; scope: string; showRegion?: boolean; bare?: boolean }) {
  if (!data) return null
  const body = <ChangesBody data={data} scope={scope} showRegion={showRegion} />
  // Inside the overview's own slot (which has the heading), only the body.
  if (bare) return body
  return (
    <section aria-labelledby="editie-veranderd" className="bt-section bt-edition-changes">
      <Heading2 id="editie-veranderd">Gewijzigd sinds de vorige editie</Heading2>
      {body}
    </section>
  )
}

function ChangesBody({ data, scope, showRegion }: { data: EditionChangesData; scope: string; showRegion: boolean }) {
  const since = data.previous ? `sinds ${data.previous.label} (${data.previous.key})` : 'zonder eerder bevroren beeld om mee te vergelijken'
  const total = Object.values(data.counts ?? {}).reduce((a, b) => a + b, 0)
  const others = data.otherBaselines ?? []
  return (
    <>
      <Paragraph>
        Wat veranderde {since} volgens <Link to={`/edities/${data.edition.key}`}>{data.edition.label}</Link>, {scope}.
      </Paragraph>
      {others.length > 0 ? (
        <Paragraph>
          Niet elke regio rapporteerde in de vorige editie; vergeleken met een ander beeld:{' '}
          {others.map((b) => `${b.regionName} met ${b.edition ? `${b.edition.label} (${b.edition.key})` : 'geen eerder beeld'}`).join('; ')}.
        </Paragraph>
      ) : null}
      {data.counts ? (
        <ul className="bt-edition-changes__counts">
          {CHANGE_KINDS.filter((kind) => (data.counts?.[kind] ?? 0) > 0).map((kind) => (
            <li key={kind}>
              {CHANGE_KIND_LABELS[kind]}: {data.counts?.[kind]}
            </li>
          ))}
          {total === 0 ? <li>Geen veranderingen.</li> : null}
        </ul>
      ) : null}
      {data.changes && data.changes.length > 0 ? (
        <>
          <ul className="bt-edition-changes__list">
            {data.changes.slice(0, 12).map((c, i) => (
              <li key={i}>{showRegion ? `${c.regionName}: ${c.text}` : c.text}</li>
            ))}
          </ul>
          <TableScroll label="Veranderingen per onderdeel">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">Veranderingen per onderdeel {since}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {showRegion ? <th scope="col" className="utrecht-table__header-cell">Regio</th> : null}
                  <th scope="col" className="utrecht-table__header-cell">Soort</th>
                  <th scope="col" className="utrecht-table__header-cell">Van</th>
                  <th scope="col" className="utrecht-table__header-cell">Naar</th>
                  <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.changes.map((c, i) => (
                  <tr key={i} className="utrecht-table__row">
                    {showRegion ? <td className="utrecht-table__cell">{c.regionName}</td> : null}
                    <td className="utrecht-table__cell">{CHANGE_KIND_LABELS[c.kind]}</td>
                    <td className="utrecht-table__cell">{c.from ?? '—'}</td>
                    <td className="utrecht-table__cell">{c.to ?? '—'}</td>
                    <td className="utrecht-table__cell bt-cell-text">{c.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </>
  )
}
