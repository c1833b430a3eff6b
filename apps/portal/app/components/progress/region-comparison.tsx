import type { RouterOutputs } from '@bt/api'
import { Form, Link } from 'react-router'
import { buildLegend } from '#app/components/region-map/legend.ts'
import { RegionMap, type RegionShapes } from '#app/components/region-map/region-map.tsx'
import { ChartWithTable } from '#app/components/ui/chart-with-table.tsx'
import { formatChartValue, type ChartUnit } from '#app/components/ui/chart-units.ts'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

export type RegionComparisonData = NonNullable<RouterOutputs['overview']['buildingBlock']['comparison']>
type ComparisonRow = RegionComparisonData['rows'][number]
type Measure = RegionComparisonData['measures'][number]

/** The measure named by `?meting=`, or the block's first. */
export function chosenMeasure(comparison: RegionComparisonData, key: string | null): Measure | undefined {
  return comparison.measures.find((m) => m.key === key) ?? comparison.measures[0]
}

const valueOf = (row: ComparisonRow, measure: Measure) => row.values[measure.key] ?? null
// A share in basis points is charted as a percentage (no sign); a change keeps the sign of basis points.
const chartUnitOf = (m: Measure): ChartUnit => (m.unit === 'basisPoints' && !m.signed ? 'percent' : m.unit)
const chartValue = (m: Measure, value: number) => (chartUnitOf(m) === 'percent' ? value / 100 : value)
const inWords = (m: Measure, value: number | null) => (value === null ? 'geen gegevens' : formatChartValue(chartUnitOf(m), chartValue(m, value)))

/** A choice of the measure that colours the map and the chart (a GET form: works without JavaScript). */
function MeasureChoice({ measures, chosen, asOfParam, editionKey }: { measures: readonly Measure[]; chosen: Measure; asOfParam: string | null; editionKey: string | null }) {
  return (
    <Form method="get" className="bt-as-of" aria-label="Meting kiezen" preventScrollReset>
      {editionKey ? <input type="hidden" name="editie" value={editionKey} /> : asOfParam ? <input type="hidden" name="per" value={asOfParam} /> : null}
      <label className="utrecht-form-label" htmlFor="meting">
        Kleur de kaart en de grafiek naar
      </label>{' '}
      <select id="meting" name="meting" className="utrecht-select utrecht-select--html-select" defaultValue={chosen.key}>
        {measures.map((m) => (
          <option key={m.key} value={m.key}>
            {m.name}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        Tonen
      </button>
    </Form>
  )
}

/**
 * A building block's regions side by side (signed in): the map coloured by the chosen measure with the
 * sortable table of every measure beside it, and a bar chart of the chosen measure with its own table.
 */
export function RegionComparison({
  comparison,
  shapes,
  measureKey,
  asOfParam,
  editionKey = null,
}: {
  comparison: RegionComparisonData
  shapes: RegionShapes
  measureKey: string | null
  asOfParam: string | null
  editionKey?: string | null
}) {
  const measure = chosenMeasure(comparison, measureKey)
  if (!measure) return null
  const mapRegions = comparison.rows.map((r) => ({ id: r.code, slug: r.slug, name: r.name, value: valueOf(r, measure), label: inWords(measure, valueOf(r, measure)) }))
  const legend = buildLegend(mapRegions.map((r) => r.value), (v) => inWords(measure, v))
  const columns: Column<ComparisonRow>[] = [
    { key: 'regio', header: 'Regio', rowHeader: true, sortValue: (r) => r.name, cell: (r) => <Link to={`/regio/${r.slug}`}>{r.name}</Link> },
    ...comparison.measures.map((m) => ({
      key: m.key,
      header: m.name,
      numeric: true,
      sortValue: (r: ComparisonRow) => valueOf(r, m) ?? Number.NEGATIVE_INFINITY,
      cell: (r: ComparisonRow) => inWords(m, valueOf(r, m)),
    })),
  ]
  const charted = comparison.rows.filter((r) => valueOf(r, measure) !== null)
  return (
    <>
      <MeasureChoice measures={comparison.measures} chosen={measure} asOfParam={asOfParam} editionKey={editionKey} />
      <p className="utrecht-paragraph">
        {measure.definition} Cijfers per {formatIsoDate(comparison.asOf)}, uit gepubliceerde registraties.
      </p>
      <RegionMap shapes={shapes} regions={mapRegions} measure={{ name: measure.name, unit: '' }} legend={legend}>
        <DataTable caption={`De regio's naast elkaar (${comparison.rows.length})`} columns={columns} rows={comparison.rows} rowKey={(r) => r.code} param="vergelijk" />
      </RegionMap>
      {charted.length > 0 ? (
        <ChartWithTable
          type="bar"
          horizontal
          title={`${measure.name} per regio`}
          categoryLabel="Regio"
          categories={charted.map((r) => r.name)}
          series={[{ label: measure.name, values: charted.map((r) => chartValue(measure, valueOf(r, measure) ?? 0)) }]}
          unit={chartUnitOf(measure)}
          height={Math.max(12, charted.length * 1.1)}
        />
      ) : (
        <p className="utrecht-paragraph">Nog geen regio heeft een cijfer voor deze meting; de grafiek volgt zodra er cijfers zijn.</p>
      )}
    </>
  )
}
