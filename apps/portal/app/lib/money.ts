// Money and percentages as the portal shows them (nl-NL). The API speaks integer cents and basis
// points; these helpers only format, they never round money that is computed.

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const signedEuro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  signDisplay: 'exceptZero',
})
const compactEuro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
})
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 2 })
const signedPercent = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
})
const plain = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** 14009629100 → "€ 140.096.291,00". */
export function formatCents(cents: number): string {
  return euro.format(cents / 100)
}

/** −65290762 → "-€ 652.907,62"; a positive amount gets a plus sign. */
export function formatSignedCents(cents: number): string {
  return signedEuro.format(cents / 100)
}

/** 14009629100 → "€ 140,1 mln." (chart axes). */
export function formatCompactCents(cents: number): string {
  return compactEuro.format(cents / 100)
}

/** −1881 → "-18,81%"; null (no base) → "–". */
export function formatBasisPoints(basisPoints: number | null, { signed = true } = {}): string {
  if (basisPoints === null) return '–'
  return (signed ? signedPercent : percent).format(basisPoints / 10_000)
}

/** 0.125 → "12,5%". */
export function formatFraction(fraction: number): string {
  return percent.format(fraction)
}

/** 250 → "2,5" (a percentage for a form field, without the % sign). */
export function basisPointsToField(basisPoints: number): string {
  return plain.format(basisPoints / 100)
}

/** 14009629150 → "140096291,50": euros with a decimal comma and no grouping, for CSV cells. */
export function centsToCsvEuros(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`
}
