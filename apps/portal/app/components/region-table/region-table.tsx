import { NVO_AGREEMENTS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { Form, Link } from 'react-router'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatBasisPoints, formatDay } from '#app/lib/format.ts'
import type { RegionTableRow } from '#app/server/region-table.server.ts'
import { isFiltered, type RegionTableFilter } from '#app/lib/region-table-filter.ts'
import { REGION_MEASURES, type RegionMeasure } from './region-measures.ts'
import { FilterActions, SelectFilter } from '#app/components/ui/select-filter.tsx'

/** A cell's content as a link to the region page that shows it; `hidden` names a dash for screen readers. */
function cellLink(href: string, text: string, hidden?: string): ReactNode {
  return (
    <Link to={href}>
      {text}
      {hidden ? <span className="bt-visually-hidden"> {hidden}</span> : null}
    </Link>
  )
}

function columnsFor(conditionCount: number): Column<RegionTableRow>[] {
  const page = (r: RegionTableRow, sub = '') => `/regio/${r.slug}${sub}`
  return [
    { key: 'regio', header: 'Regio', rowHeader: true, sortValue: (r) => r.name, cell: (r) => cellLink(page(r), r.name) },
    { key: 'provincie', header: 'Provincie', sortValue: (r) => r.province, cell: (r) => cellLink(page(r), r.province) },
    ...NVO_AGREEMENTS.map(
      (n): Column<RegionTableRow> => ({
        key: `nvo-${n.number}`,
        header: `NvO ${n.number}`,
        numeric: true,
        sortValue: (r) => r.levels[n.key] ?? -1,
        cell: (r) => {
          const level = r.levels[n.key]
          return level === null ? cellLink(page(r, '/niveaus'), '–', 'geen niveau') : cellLink(page(r, '/niveaus'), String(level))
        },
      }),
    ),
    {
      key: 'voorwaarden',
      header: `Voorwaarden gedekt (van ${conditionCount})`,
      numeric: true,
      sortValue: (r) => r.conditionsCovered,
      cell: (r) => cellLink(page(r), String(r.conditionsCovered)),
    },
    {
      key: 'regiovisie',
      header: 'Raden regiovisie vastgesteld',
      numeric: true,
      sortValue: (r) => (r.municipalityCount === 0 ? 0 : r.adoptedCount / r.municipalityCount),
      cell: (r) =>
        r.visionVersion === null
          ? cellLink(page(r, '/regiovisie'), '–', 'geen regiovisie')
          : cellLink(page(r, '/regiovisie'), `${r.adoptedCount} van ${r.municipalityCount}`),
    },
    { key: 'over-datum', header: 'Over datum', numeric: true, sortValue: (r) => r.overdueCount, cell: (r) => cellLink(page(r), String(r.overdueCount)) },
    { key: 'vertraagd', header: 'Vertraagd', numeric: true, sortValue: (r) => r.delayedCount, cell: (r) => cellLink(page(r), String(r.delayedCount)) },
    {
      key: 'volledigheid',
      header: 'Volledigheid',
      numeric: true,
      sortValue: (r) => r.completeBasisPoints ?? -1,
      cell: (r) =>
        r.completeBasisPoints === null
          ? cellLink(page(r), '–', 'geen afspraken')
          : cellLink(page(r), formatBasisPoints(r.completeBasisPoints, { signed: false })),
    },
    {
      key: 'gewijzigd',
      header: 'Laatste wijziging',
      sortValue: (r) => (r.lastChange ? r.lastChange.toISOString() : ''),
      cell: (r) => (r.lastChange ? cellLink(page(r), formatDay(r.lastChange)) : cellLink(page(r), '–', 'nog niets vastgelegd')),
    },
  ]
}

/** The signed-in region table: filters (with the map's measure), downloads and the sortable table. */
export function RegionTable({
  rows,
  total,
  conditionCount,
  filter,
  provinces,
  measure,
  search,
}: {
  rows: readonly RegionTableRow[]
  total: number
  conditionCount: number
  filter: RegionTableFilter
  provinces: readonly string[]
  measure: RegionMeasure
  /** The current query string, kept in the download links. */
  search: string
}) {
  return (
    <section aria-labelledby="regiotabel" className="bt-section">
      <Heading2 id="regiotabel">Regio&apos;s naast elkaar</Heading2>
      <Paragraph>
        Uit de gepubliceerde gegevens van elke regio. NvO-afspraken:{' '}
        {NVO_AGREEMENTS.map((n) => `${n.number} ${n.title}`).join(', ')}; niveau 0 (niet gestart) tot en met 4.
      </Paragraph>
      <Form method="get" preventScrollReset className="bt-filters" aria-label="Regio's filteren en de kaart kleuren">
        <div className="bt-filter">
          <label className="utrecht-form-label" htmlFor="filter-zoek">
            Naam bevat
          </label>
          <input id="filter-zoek" name="zoek" defaultValue={filter.name} className="utrecht-textbox utrecht-textbox--html-input" maxLength={100} />
        </div>
        <SelectFilter id="filter-provincie" name="provincie" label="Provincie" value={filter.province} options={provinces.map((p) => ({ value: p, label: p }))} />
        <SelectFilter
          id="filter-kaart"
          name="kaart"
          label="Kaart kleuren naar"
          value={measure.key}
          options={REGION_MEASURES.map((m) => ({ value: m.key, label: m.name }))}
          all={false}
        />
        <div className="bt-filter">
          <input id="filter-alleen" type="checkbox" name="alleen" value="over-datum" defaultChecked={filter.overdueOnly} />{' '}
          <label htmlFor="filter-alleen">Alleen regio&apos;s met afspraken over datum</label>
        </div>
        <FilterActions label="Toepassen">
          {isFiltered(filter) ? <Link to="/regio">Alle filters wissen</Link> : null}
        </FilterActions>
      </Form>
      <Paragraph role="status">
        {rows.length === total ? `${total} regio's.` : `${rows.length} van de ${total} regio's voldoen aan de filters.`}{' '}
        Downloaden: <a href={`/regio/export.csv${search}`} download>CSV</a>, <a href={`/regio/export.xlsx${search}`} download>Excel (XLSX)</a>, <a href={`/regio/export.json${search}`} download>JSON (met definities)</a>.
      </Paragraph>
      <DataTable caption="Regio's naast elkaar: NvO-niveaus, voorwaarden, regiovisie, planning en volledigheid" label="Regiotabel" columns={columnsFor(conditionCount)} rows={rows} rowKey={(r) => r.code} />
    </section>
  )
}
