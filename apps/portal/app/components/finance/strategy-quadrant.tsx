import { STRATEGIES, STRATEGY_AXES, strategyOf } from '@bt/domain'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'

// The handreiking's assenkruis (issue 21 item 4) as an SVG drawn on the server, with the table beside
// it: where each member municipality places itself, so the region sees where views differ.

export interface StrategyPlace {
  code: string
  name: string
  change: number
  focus: number
}

const SIZE = 360
const PAD = 40
const scale = (score: number) => PAD + ((score + 2) / 4) * (SIZE - 2 * PAD)

/** Municipalities sharing a point are fanned out a little so every dot stays visible. */
function spread(places: readonly StrategyPlace[]) {
  const seen = new Map<string, number>()
  return places.map((p) => {
    const key = `${p.change}/${p.focus}`
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    return { ...p, x: scale(p.change) + n * 9, y: scale(-p.focus) + n * 9, number: 0 }
  })
}

export function StrategyQuadrant({ places }: { places: readonly StrategyPlace[] }) {
  const dots = spread(places).map((d, i) => ({ ...d, number: i + 1 }))
  const mid = SIZE / 2
  const { change, focus } = STRATEGY_AXES
  const quadrant = (key: string) => STRATEGIES.find((s) => s.key === key)?.label ?? key
  return (
    <div className="bt-strategy">
      <figure className="bt-strategy__figure">
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="strategie-svg-titel" className="bt-strategy__svg">
          {/* One string: React's server renderer writes a <title> with several children as an empty one. */}
          <title id="strategie-svg-titel">{`Assenkruis invoeringsstrategie met ${places.length} ${places.length === 1 ? 'gemeente' : 'gemeenten'}; de tabel ernaast geeft dezelfde gegevens.`}</title>
          <rect x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} fill="none" stroke="currentColor" strokeOpacity="0.4" />
          <line x1={PAD} y1={mid} x2={SIZE - PAD} y2={mid} stroke="currentColor" />
          <line x1={mid} y1={PAD} x2={mid} y2={SIZE - PAD} stroke="currentColor" />
          <text x={PAD + 6} y={PAD + 16} fontSize="12">{quadrant('distinguishing')}</text>
          <text x={SIZE - PAD - 6} y={PAD + 16} fontSize="12" textAnchor="end">{quadrant('innovating')}</text>
          <text x={PAD + 6} y={SIZE - PAD - 8} fontSize="12">{quadrant('consolidating')}</text>
          <text x={SIZE - PAD - 6} y={SIZE - PAD - 8} fontSize="12" textAnchor="end">{quadrant('calculating')}</text>
          <text x={PAD} y={SIZE - 12} fontSize="11">← {change.low}</text>
          <text x={SIZE - PAD} y={SIZE - 12} fontSize="11" textAnchor="end">{change.high} →</text>
          <text x={12} y={SIZE - PAD} fontSize="11" transform={`rotate(-90 12 ${SIZE - PAD})`}>← {focus.low}</text>
          <text x={12} y={PAD} fontSize="11" textAnchor="end" transform={`rotate(-90 12 ${PAD})`}>{focus.high} →</text>
          {dots.map((d) => (
            <g key={d.code}>
              <circle cx={d.x} cy={d.y} r="9" className="bt-strategy__dot" />
              <text x={d.x} y={d.y + 4} fontSize="10" textAnchor="middle" className="bt-strategy__dot-label">
                {d.number}
              </text>
            </g>
          ))}
        </svg>
        <figcaption className="bt-muted">
          Horizontaal: {change.label.toLowerCase()} ({change.low.toLowerCase()} of {change.high.toLowerCase()}); verticaal: {focus.label.toLowerCase()} (
          {focus.low.toLowerCase()} of {focus.high.toLowerCase()}). De nummers staan in de tabel.
        </figcaption>
      </figure>
      <TableScroll label="Plaats van de gemeenten in het assenkruis">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Plaats per gemeente (−2 tot 2 per as)</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Nr.</th>
              <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{change.label}</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{focus.label}</th>
              <th scope="col" className="utrecht-table__header-cell">Strategie</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {dots.map((d) => {
              const strategy = strategyOf(d.change, d.focus)
              return (
                <tr key={d.code} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{d.number}</td>
                  <th scope="row" className="utrecht-table__header-cell">{d.name}</th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{d.change}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{d.focus}</td>
                  <td className="utrecht-table__cell">{strategy ? quadrant(strategy) : 'Op een as (tussen twee strategieën)'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  )
}
