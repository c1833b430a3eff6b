// A logbook: its filter as a GET form (works without JavaScript; a filtered view can be shared), one
// page of entries naming and linking their record with what changed, and keyset paging to older ones.
import { AUDIT_ENTITY_LABELS } from '@bt/domain'
import { Paragraph } from '@utrecht/component-library-react'
import { Form, Link } from 'react-router'
import { TextField } from '#app/components/form-field.tsx'
import { FilterActions, SelectFilter } from '#app/components/ui/select-filter.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatDateTime } from '#app/lib/format.ts'

export interface LogbookEntryView {
  id: number
  occurredAt: Date | string
  actorLabel: string
  actionLabel: string
  subject: { label: string; href: string | null }
  changes: readonly { field: string; before: string | null; after: string | null }[]
}

type Param = 'soort' | 'door' | 'regio' | 'van' | 'tot' | 'voor'

interface LogbookProps {
  /** The page's own path, for "Nieuwste" and "Alle filters wissen". */
  path: string
  values: Partial<Record<Param, string>>
  problems: Partial<Record<Param, string>>
  entries: readonly LogbookEntryView[] | null
  olderBefore: number | null
  /** Offered as a filter on the admin log only. */
  regions?: readonly { code: string; name: string }[]
}

export function Logbook({ path, values, problems, entries, olderBefore, regions }: LogbookProps) {
  const filtered = (['soort', 'door', 'regio', 'van', 'tot'] as const).some((p) => values[p])
  const query = new URLSearchParams(Object.entries(values).filter(([param, value]) => param !== 'voor' && value))
  const older = olderBefore === null ? null : `${path}?${new URLSearchParams([...query, ['voor', String(olderBefore)]])}`
  const newest = values.voor ? `${path}${query.size > 0 ? `?${query}` : ''}` : null
  return (
    <>
      <Form method="get" className="bt-filters" aria-label="Logboek filteren">
        <SelectFilter
          id="logboek-soort"
          name="soort"
          label="Soort gegevens"
          value={values.soort}
          error={problems.soort}
          options={Object.entries(AUDIT_ENTITY_LABELS).map(([key, label]) => ({ value: key, label }))}
        />
        {regions ? (
          <SelectFilter
            id="logboek-regio"
            name="regio"
            label="Regio"
            value={values.regio}
            error={problems.regio}
            options={regions.map((r) => ({ value: r.code, label: r.name }))}
          />
        ) : null}
        <div className="bt-filter">
          <TextField id="logboek-door" name="door" label="Door (naam)" defaultValue={values.door ?? ''} error={problems.door} />
        </div>
        <div className="bt-filter">
          <TextField id="logboek-van" name="van" type="date" label="Vanaf" defaultValue={values.van ?? ''} error={problems.van} />
        </div>
        <div className="bt-filter">
          <TextField id="logboek-tot" name="tot" type="date" label="Tot en met" defaultValue={values.tot ?? ''} error={problems.tot} />
        </div>
        <FilterActions label="Toepassen">
          {filtered ? <Link to={path}>Alle filters wissen</Link> : null}
        </FilterActions>
      </Form>
      {entries === null ? (
        <Paragraph>Pas het filter aan: {Object.values(problems).join(' ')}</Paragraph>
      ) : entries.length === 0 ? (
        <Paragraph>{filtered ? 'Geen wijzigingen die aan het filter voldoen.' : 'Er zijn nog geen wijzigingen vastgelegd.'}</Paragraph>
      ) : (
        <DataTable caption="Wijzigingen, nieuwste eerst" label="Wijzigingen" className="bt-logbook" rows={entries} rowKey={(e) => e.id} columns={[
          { key: 'moment', header: 'Moment', cell: (e) => formatDateTime(e.occurredAt) },
          { key: 'door', header: 'Door', cell: (e) => e.actorLabel },
          { key: 'wijziging', header: 'Wijziging', cell: (e) => e.actionLabel },
          { key: 'betreft', header: 'Betreft', cell: (e) => (e.subject.href ? <Link to={e.subject.href}>{e.subject.label}</Link> : e.subject.label) },
          { key: 'voor-en-na', header: 'Voor en na', cell: (e) => <Changes changes={e.changes} /> },
        ]} />
      )}
      {older || newest ? (
        <nav aria-label="Bladeren door het logboek" className="bt-pager">
          {newest ? <Link to={newest}>Nieuwste wijzigingen</Link> : null}
          {older ? <Link to={older}>Oudere wijzigingen</Link> : null}
        </nav>
      ) : null}
    </>
  )
}

function Changes({ changes }: { changes: LogbookEntryView['changes'] }) {
  if (changes.length === 0) return null
  return (
    <details>
      <summary>
        {changes.length === 1 ? '1 veld' : `${changes.length} velden`}: {changes.map((c) => c.field).join(', ')}
      </summary>
      <dl className="bt-changes">
        {changes.map((c) => (
          <div key={c.field}>
            <dt>{c.field}</dt>
            <dd>
              <span className="bt-changes__before">Voor: {c.before ?? '(leeg)'}</span>
              <br />
              <span className="bt-changes__after">Na: {c.after ?? '(leeg)'}</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
