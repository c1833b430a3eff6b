import { useId } from 'react'
import { Chart, chartColor } from './chart.tsx'
import { formatChartValue, type ChartUnit } from './chart-units.ts'
import { TableScroll } from './table-scroll.tsx'

/** One series of numbers, one per category (year, region, …), in the chart's unit. */
export interface TableSeries {
  label: string
  values: readonly (number | null)[]
  /** Defaults to the series' place in CHART_COLORS. */
  color?: string
}

export interface ChartWithTableProps {
  type: 'bar' | 'line'
  /** The chart's accessible name and the table's caption. */
  title: string
  /** The table's heading of the category column ("Jaar", "Regio"). */
  categoryLabel: string
  categories: readonly string[]
  series: readonly TableSeries[]
  unit: ChartUnit
  stacked?: boolean
  horizontal?: boolean
  height?: number
}

/**
 * A chart and the table of the same numbers beside it (below it on a narrow screen): the table is
 * what screen readers, keyboards and printers use, and the chart names it with aria-describedby.
 * Any unit: counts, rates, per 1,000, percentages, cents and basis points. A missing value (null)
 * is a gap in the chart and a dash in the table.
 */
export function ChartWithTable({ title, categoryLabel, categories, series, unit, ...chart }: ChartWithTableProps) {
  const tableId = useId()
  return (
    <div className="bt-chart-pair">
      <Chart
        {...chart}
        title={title}
        unit={unit}
        describedBy={tableId}
        labels={[...categories]}
        series={series.map((s, i) => ({
          label: s.label,
          // chart.js draws NaN as a gap
          values: s.values.map((v) => v ?? Number.NaN),
          color: s.color ?? chartColor(i),
        }))}
      />
      <TableScroll label={`Tabel: ${title}`}>
        <table className="utrecht-table utrecht-table--html-table" id={tableId}>
          <caption className="utrecht-table__caption">{title}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {categoryLabel}
              </th>
              {series.map((s) => (
                <th key={s.label} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {categories.map((category, row) => (
              <tr key={category} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {category}
                </th>
                {series.map((s) => {
                  const value = s.values[row]
                  return (
                    <td key={s.label} className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                      {value === null || value === undefined ? '–' : formatChartValue(unit, value)}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  )
}
