import { CHANGE_KIND_LABELS, CHANGE_KINDS, type ChangeKind, type PictureChange } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'

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
  // The short list leads with the regions' disputes: a contested picture is what its reader must not
  // miss among the first twelve (the table below has every change in order).
  const listed = [...(data.changes ?? [])].sort((a, b) => Number(b.kind === 'disputed') - Number(a.kind === 'disputed')).slice(0, 12)
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
            {listed.map((c, i) => (
              <li key={i}>{showRegion ? `${c.regionName}: ${c.text}` : c.text}</li>
            ))}
          </ul>
          <DataTable
            caption={`Veranderingen per onderdeel ${since}`}
            label="Veranderingen per onderdeel"
            rows={data.changes.map((c, i) => ({ ...c, i }))}
            rowKey={(c) => c.i}
            columns={changeColumns(showRegion)}
          />
        </>
      ) : null}
    </>
  )
}

type ChangeRow = PictureChange & { i: number }

/** The changes table's columns; the region column only where several regions are shown. */
function changeColumns(showRegion: boolean): Column<ChangeRow>[] {
  const columns: Column<ChangeRow>[] = [
    { key: 'soort', header: 'Soort', cell: (c) => CHANGE_KIND_LABELS[c.kind] },
    { key: 'van', header: 'Van', cell: (c) => c.from ?? '—' },
    { key: 'naar', header: 'Naar', cell: (c) => c.to ?? '—' },
    { key: 'toelichting', header: 'Toelichting', className: 'bt-cell-text', cell: (c) => c.text },
  ]
  return showRegion ? [{ key: 'regio', header: 'Regio', cell: (c) => c.regionName }, ...columns] : columns
}
