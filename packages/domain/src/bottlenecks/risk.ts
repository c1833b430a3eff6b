// Severity and likelihood of a bottleneck, each on a five-point scale, plotted as a risk matrix.

/** The points of the severity and likelihood scales. */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const

/** One point of a risk scale (1 lowest, 5 highest). */
export type RiskPoint = (typeof RISK_SCALE)[number]

/** Dutch labels of the severity scale (impact on the transition). */
export const SEVERITY_LABELS: Record<RiskPoint, string> = {
  1: 'Zeer klein',
  2: 'Klein',
  3: 'Middel',
  4: 'Groot',
  5: 'Zeer groot',
}

/** Dutch labels of the likelihood scale. */
export const LIKELIHOOD_LABELS: Record<RiskPoint, string> = {
  1: 'Zeer onwaarschijnlijk',
  2: 'Onwaarschijnlijk',
  3: 'Mogelijk',
  4: 'Waarschijnlijk',
  5: 'Zeer waarschijnlijk',
}

/** The risk class of a cell of the matrix: severity × likelihood, 1-25, in three bands. */
export type RiskBand = 'low' | 'medium' | 'high'

/** Dutch label per risk band. */
export const RISK_BAND_LABELS: Record<RiskBand, string> = { low: 'Laag risico', medium: 'Middel risico', high: 'Hoog risico' }

/** The band of severity × likelihood: up to 4 low, up to 12 medium, above high. */
export function riskBand(severity: RiskPoint, likelihood: RiskPoint): RiskBand {
  const score = severity * likelihood
  if (score <= 4) return 'low'
  return score <= 12 ? 'medium' : 'high'
}
