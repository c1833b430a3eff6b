// Dutch (nl-NL) formatting of dates, money, numbers and percentages: the one place the portal builds
// Intl formatters, each once per process. The API speaks integer cents and basis points; these helpers
// only format, they never round money that is computed.

const NL = 'nl-NL'
const DUTCH_TIME = 'Europe/Amsterdam'

const integer = new Intl.NumberFormat(NL, { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat(NL, { maximumFractionDigits: 2 })
const oneDecimal = new Intl.NumberFormat(NL, { maximumFractionDigits: 1 })
const euro = new Intl.NumberFormat(NL, { style: 'currency', currency: 'EUR' })
const signedEuro = new Intl.NumberFormat(NL, { style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' })
const compactEuro = new Intl.NumberFormat(NL, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat(NL, { style: 'percent', maximumFractionDigits: 2 })
const wholePercent = new Intl.NumberFormat(NL, { style: 'percent', maximumFractionDigits: 0 })
const signedPercent = new Intl.NumberFormat(NL, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' })
// ISO dates are calendar days: formatted in UTC so the server's time zone never shifts them.
const isoDay = new Intl.DateTimeFormat(NL, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const day = new Intl.DateTimeFormat(NL, { dateStyle: 'long', timeZone: DUTCH_TIME })
const dateTime = new Intl.DateTimeFormat(NL, { dateStyle: 'long', timeStyle: 'short', timeZone: DUTCH_TIME })
const mediumDateTime = new Intl.DateTimeFormat(NL, { dateStyle: 'medium', timeStyle: 'short', timeZone: DUTCH_TIME })
const shortDateTime = new Intl.DateTimeFormat(NL, { dateStyle: 'short', timeStyle: 'short', timeZone: DUTCH_TIME })

/** The page title shown in the browser tab. */
export function pageTitle(title: string): string {
  return `${title} – Beschermd Thuis`
}

/** A page's title and its description for search engines and link previews (every page has both). */
export function pageMeta(title: string, description: string): [{ title: string }, { name: 'description'; content: string }] {
  return [{ title: pageTitle(title) }, { name: 'description', content: description }]
}

// Dates ------------------------------------------------------------------------------------------

/** "2020-12-07" → "7 december 2020". */
export function formatIsoDate(iso: string): string {
  return isoDay.format(new Date(`${iso}T00:00:00Z`))
}

/** "23 november 2026", the day of a moment in Dutch time. */
export function formatDay(value: Date | string): string {
  return day.format(new Date(value))
}

/** "23 november 2026 om 14:48" in Dutch time. */
export function formatDateTime(value: Date | string): string {
  return dateTime.format(new Date(value))
}

/** "23 nov 2026, 14:48" in Dutch time, for logs. */
export function formatMediumDateTime(value: Date | string): string {
  return mediumDateTime.format(new Date(value))
}

/** "23-11-2026 14:48" in Dutch time, for compact lists. */
export function formatShortDateTime(value: Date | string): string {
  return shortDateTime.format(new Date(value))
}

// Numbers ----------------------------------------------------------------------------------------

/** 18130231 → "18.130.231". */
export function formatInteger(value: number): string {
  return integer.format(value)
}

/** 1234.567 → "1.234,57" (at most two decimals). */
export function formatDecimal(value: number): string {
  return decimal.format(value)
}

/** 2_400_000 → "2,3 MB"; 12_000 → "12 kB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} MB`
  return `${integer.format(Math.max(1, Math.round(bytes / 1024)))} kB`
}

// Money ------------------------------------------------------------------------------------------

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

/** 14009629150 → "140.096.291,5": euros without the sign, for a form field or a hint. */
export function formatCentsAsEuros(cents: number): string {
  return decimal.format(cents / 100)
}

/** 14009629150 → "140096291,50": euros with a decimal comma and no grouping, for CSV cells. */
export function centsToCsvEuros(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`
}

// Percentages ------------------------------------------------------------------------------------

/** −1881 → "-18,81%"; null (no base) → "–". */
export function formatBasisPoints(basisPoints: number | null, { signed = true } = {}): string {
  if (basisPoints === null) return '–'
  return (signed ? signedPercent : percent).format(basisPoints / 10_000)
}

/** 0.125 → "12,5%". */
export function formatFraction(fraction: number): string {
  return percent.format(fraction)
}

/** 0.125 → "13%" (whole percentages, for summaries). */
export function formatWholePercent(fraction: number): string {
  return wholePercent.format(fraction)
}

/** 250 → "2,5" (a percentage for a form field, without the % sign). */
export function basisPointsToField(basisPoints: number): string {
  return decimal.format(basisPoints / 100)
}
