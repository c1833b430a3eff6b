import { lazy, Suspense, useEffect, useState } from 'react'
import type { ChartUnit } from './chart-units.ts'

/** One line or bar series: a label, one value per category (in the chart's unit) and a colour. */
export interface ChartSeries {
  label: string
  values: number[]
  color: string
}

export interface ChartProps {
  type: 'bar' | 'line'
  /** The chart's accessible name; the table beside it carries the same numbers. */
  title: string
  labels: string[]
  series: ChartSeries[]
  unit: ChartUnit
  stacked?: boolean
  horizontal?: boolean
  /** The id of the table with the same numbers. */
  describedBy?: string
  /** Height in rem; tall for many categories. The width always follows the container. */
  height?: number
}

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend as well. */
export const CHART_COLORS = [
  '#154273',
  '#b35900',
  '#2d7d46',
  '#8a2be2',
  '#a4000f',
  '#006d77',
  '#5c4b00',
  '#535353',
  '#c2185b',
  '#1f5fa8',
] as const

/** The colour of the n-th series; past the last colour the list starts again. */
export function chartColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length] ?? CHART_COLORS[0]
}

const ChartCanvas = lazy(() => import('./chart-canvas.tsx'))

/**
 * A chart.js chart drawn only in the browser: the server (and a browser without JavaScript) shows a
 * note pointing to the table beside it, so server rendering never touches canvas code.
 */
export function Chart(props: ChartProps) {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  const placeholder = (
    <p className="bt-chart__placeholder">
      De grafiek verschijnt als JavaScript aan staat; de tabel bevat dezelfde cijfers.
    </p>
  )
  return (
    <div className="bt-chart" style={{ height: `${props.height ?? 20}rem` }}>
      {mounted ? (
        <Suspense fallback={placeholder}>
          <ChartCanvas {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  )
}
