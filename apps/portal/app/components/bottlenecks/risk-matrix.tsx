import { LIKELIHOOD_LABELS, RISK_BAND_LABELS, RISK_SCALE, SEVERITY_LABELS, riskBand, type RiskPoint } from '@bt/domain'
import { Heading2 } from '@utrecht/component-library-react'
import { DataTable } from '#app/components/ui/data-table.tsx'

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
        <DataTable caption="Knelpunten per ernst en kans" rows={cells} rowKey={(c) => `${c.s}-${c.l}`} empty="Geen knelpunten." columns={[
            { key: 'ernst', header: 'Ernst', cell: (c) => `${c.s} – ${SEVERITY_LABELS[c.s]}` },
            { key: 'kans', header: 'Kans', cell: (c) => `${c.l} – ${LIKELIHOOD_LABELS[c.l]}` },
            { key: 'risico', header: 'Risico', cell: (c) => RISK_BAND_LABELS[riskBand(c.s, c.l)] },
            { key: 'aantal', header: 'Aantal', numeric: true, cell: (c) => c.n },
          ]} />
      </div>
    </section>
  )
}
