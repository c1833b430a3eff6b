// The chart.js canvas, loaded only in the browser (see chart.tsx). Only the pieces the portal
// draws are registered: bar and line charts on a category and a linear axis, with legend and tooltip.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js'
import { Chart } from 'react-chartjs-2'
import type { ChartProps } from './chart.tsx'
import { formatAxisValue, formatChartValue } from './chart-units.ts'

ChartJS.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
)

export default function ChartCanvas({
  type,
  title,
  labels,
  series,
  stacked = false,
  unit,
  horizontal = false,
  describedBy,
}: ChartProps) {
  const valueAxis = {
    stacked,
    ticks: { callback: (value: string | number) => formatAxisValue(unit, Number(value)) },
  }
  const options: ChartOptions<'bar' | 'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: horizontal ? 'y' : 'x',
    plugins: {
      legend: { display: series.length > 1, position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (item) => {
            const raw = Number(horizontal ? item.parsed.x : item.parsed.y)
            return `${item.dataset.label ?? ''}: ${formatChartValue(unit, raw)}`
          },
        },
      },
    },
    scales: horizontal ? { x: valueAxis, y: { stacked } } : { x: { stacked }, y: valueAxis },
  }
  const data: ChartData<'bar' | 'line'> = {
    labels,
    datasets: series.map((s) => ({
      label: s.label,
      data: s.values,
      backgroundColor: s.color,
      borderColor: s.color,
      borderWidth: type === 'line' ? 2 : 0,
      pointRadius: type === 'line' ? 3 : 0,
    })),
  }
  return (
    <Chart
      type={type}
      data={data}
      options={options}
      role="img"
      aria-label={title}
      aria-describedby={describedBy}
      fallbackContent={<p>{title}: zie de tabel hiernaast.</p>}
    />
  )
}
