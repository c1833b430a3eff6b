import { Heading2 } from '@utrecht/component-library-react'
import { Form } from 'react-router'
import { formatDateTime, formatShortDateTime } from '#app/lib/format.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { FilterActions, SelectFilter } from '#app/components/ui/select-filter.tsx'

interface Revision {
  revision: number
  createdAt: Date | string
  authorLabel: string
}

/** Two selects that open the diff between any two revisions (a GET form). */
export function CompareForm({
  action,
  revisions,
  from,
  to,
}: {
  action: string
  revisions: readonly Revision[]
  from: number
  to: number
}) {
  const options = revisions.map((r) => ({ value: r.revision, label: `Versie ${r.revision} – ${formatShortDateTime(r.createdAt)}, ${r.authorLabel}` }))
  return (
    <Form method="get" action={action} className="bt-compare" key={`${from}-${to}`}>
      <SelectFilter id="compare-from" name="van" label="Van versie" value={from} options={options} all={false} />
      <SelectFilter id="compare-to" name="naar" label="Naar versie" value={to} options={options} all={false} />
      <FilterActions label="Vergelijken" />
    </Form>
  )
}

/** The agreement's revisions (newest first) and a form to compare two of them. */
export function RevisionList({ slug, id, revisions, publishedRevision }: { slug: string; id: number; revisions: readonly Revision[]; publishedRevision: number | null }) {
  const newest = revisions[0]
  const previous = revisions[1]
  return (
    <section aria-labelledby="versies" className="bt-section">
      <Heading2 id="versies">Versies</Heading2>
      <DataTable caption="Elke opgeslagen versie, nieuwste eerst" label="Versies" rows={revisions} rowKey={(r) => r.revision} columns={[
          { key: 'versie', header: 'Versie', rowHeader: true, cell: (r) => r.revision },
          { key: 'opgeslagen', header: 'Opgeslagen', cell: (r) => formatDateTime(r.createdAt) },
          { key: 'door', header: 'Door', cell: (r) => r.authorLabel },
          { key: 'publicatie', header: 'Publicatie', cell: (r) => (r.revision === publishedRevision ? 'Gepubliceerd' : '') },
        ]} />
      {newest && previous ? (
        <>
          <h3 className="utrecht-heading-3">Twee versies vergelijken</h3>
          <CompareForm action={`/regio/${slug}/afspraken/${id}/versies`} revisions={revisions} from={previous.revision} to={newest.revision} />
        </>
      ) : null}
    </section>
  )
}
