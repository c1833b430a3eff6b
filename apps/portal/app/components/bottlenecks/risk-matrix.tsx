import { LIKELIHOOD_LABELS, RISK_BAND_LABELS, RISK_SCALE, SEVERITY_LABELS, riskBand, type RiskPoint } from '@bt/domain'
import { Heading2 } from '@utrecht/component-library-react'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'

/** What the matrix needs of a bottleneck. */
interface RiskItem {
  severity: number
  likelihood: number
}

/**
 * Severity × likelihood as a risk matrix (likelihood up, severity across, count per cell, coloured by
 * band), with the same figures as a table beside it for screen readers and copying.
 */
export function RiskMatrix({ items, heading = 'Risicomatrix' }: { items: readonly RiskItem[]; heading?: string }) {
  const count = (s: RiskPoint, l: RiskPoint) => items.filter((i) => i.severity === s && i.likelihood === l).length
  const cells = RISK_SCALE.flatMap((s) => RISK_SCALE.map((l) => ({ s, l, n: count(s, l) }))).filter((c) => c.n > 0)
  const likelihoodDown = [...RISK_SCALE].reverse()
  return (
    <section aria-labelledby="risicomatrix" className="bt-section">
      <Heading2 id="risicomatrix">{heading}</Heading2>
      <div className="bt-risk">
        <figure className="bt-risk__figure" aria-hidden="true">
          <div className="bt-risk__grid">
            <span className="bt-risk__axis bt-risk__axis--y">Kans</span>
            {likelihoodDown.map((l) => (
              <div key={l} className="bt-risk__row">
                <span className="bt-risk__label">{l}</span>
                {RISK_SCALE.map((s) => (
                  <span key={s} className={`bt-risk__cell bt-risk__cell--${riskBand(s, l)}`} title={`Ernst ${s}, kans ${l}`}>
                    {count(s, l) || ''}
                  </span>
                ))}
              </div>
            ))}
            <div className="bt-risk__row">
              <span className="bt-risk__label" />
              {RISK_SCALE.map((s) => (
                <span key={s} className="bt-risk__label">
                  {s}
                </span>
              ))}
            </div>
            <span className="bt-risk__axis">Ernst</span>
          </div>
          <figcaption className="bt-risk__legend">
            {(['low', 'medium', 'high'] as const).map((band) => (
              <span key={band}>
                <span className={`bt-risk__swatch bt-risk__cell--${band}`} /> {RISK_BAND_LABELS[band]}
              </span>
            ))}
          </figcaption>
        </figure>
        <TableScroll label="Knelpunten per ernst en kans">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Knelpunten per ernst en kans</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Ernst</th>
                <th scope="col" className="utrecht-table__header-cell">Kans</th>
                <th scope="col" className="utrecht-table__header-cell">Risico</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Aantal</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {cells.length === 0 ? (
                <tr className="utrecht-table__row">
                  <td colSpan={4} className="utrecht-table__cell">Geen knelpunten.</td>
                </tr>
              ) : (
                cells.map((c) => (
                  <tr key={`${c.s}-${c.l}`} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{c.s} – {SEVERITY_LABELS[c.s]}</td>
                    <td className="utrecht-table__cell">{c.l} – {LIKELIHOOD_LABELS[c.l]}</td>
                    <td className="utrecht-table__cell">{RISK_BAND_LABELS[riskBand(c.s, c.l)]}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{c.n}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  )
}
