// UI shared by the /rekenen pages.
import type { RouterOutputs } from '@bt/api'
import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { itemAt } from '@bt/domain'
import { Breadcrumb, CRUMBS } from '#app/components/ui/breadcrumb.tsx'
import type { Column } from '#app/components/ui/data-table.tsx'

/** A computed scenario as the API returns it. */
export type ScenarioResult = RouterOutputs['calc']['run']

/** Breadcrumbs from Rekenen down to the current page (the last item is not a link). */
export function CalcBreadcrumb({ trail }: { trail: { to?: string; label: string }[] }) {
  return <Breadcrumb items={[CRUMBS.calc, ...trail]} />
}

/** The label every page with example data carries: the amounts are fictitious (ADR 006). */
export function DatasetNotice({
  dataset,
  canImport = false,
}: {
  dataset: { label: string; kind: 'example' | 'imported' }
  canImport?: boolean
}) {
  if (dataset.kind === 'imported') {
    return (
      <Paragraph className="bt-view-note">
        Gerekend met de gegevensset &lsquo;{dataset.label}&rsquo;.
      </Paragraph>
    )
  }
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>Voorbeeldbedragen.</strong> Dit zijn fictieve bedragen (&lsquo;{dataset.label}
        &rsquo;), gegenereerd om het rekenen te laten zien; het zijn geen cijfers uit een
        circulaire. Een beheerder kan echte tabellen importeren
        {canImport ? (
          <>
            {' '}
            via <Link to="/beheer/rekendata">Beheer › Rekendata</Link>
          </>
        ) : null}
        .
      </Paragraph>
    </Alert>
  )
}

/**
 * A level-2 heading that takes focus (and so scrolls into view) when `focusKey` changes in the
 * browser: after "Berekenen" or "Toetsen" the answer appears above or below where the user was.
 */
export function FocusHeading({
  id,
  focusKey,
  children,
}: {
  id: string
  focusKey: unknown
  children: ReactNode
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [focusKey])
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="utrecht-heading-2 bt-focus-heading">
      {children}
    </h2>
  )
}

/** One numeric column per year of the path, each showing the row's amount of that year. */
export function yearColumns<Row>(years: readonly { year: number }[], amountsOf: (row: Row) => readonly number[], format: (cents: number) => string): Column<Row>[] {
  return years.map((y, k) => ({ key: String(y.year), header: String(y.year), numeric: true, cell: (row) => format(itemAt(amountsOf(row), k)) }))
}
