import { z } from 'zod'

/** The kinds of reporting period: a calendar year, a half year or a quarter. */
export const PERIOD_KINDS = ['year', 'half_year', 'quarter'] as const

/** One kind of reporting period. */
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/** Dutch labels of the period kinds. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  year: 'jaar',
  half_year: 'halfjaar',
  quarter: 'kwartaal',
}

/** A parsed period: its canonical key ('2025', '2025-H1', '2025-Q3') and its first and last day (ISO). */
export interface ParsedPeriod {
  key: string
  kind: PeriodKind
  year: number
  /** 1 for a year; 1-2 for a half year; 1-4 for a quarter. */
  index: number
  firstDay: string
  lastDay: string
}

/** The outcome of reading a period: the period, or a Dutch message saying what is wrong with the text. */
export type PeriodParse = { ok: true; period: ParsedPeriod } | { ok: false; message: string }

const SHAPE = /^(\d{4})(?:-([QH])(\d+))?$/
const MIN_YEAR = 1990
const MAX_YEAR = 2100
const GENERAL =
  'is geen periode: gebruik een jaar (2025), een halfjaar (2025-H1 of 2025-H2) of een kwartaal (2025-Q1 tot en met 2025-Q4).'

const pad = (n: number) => String(n).padStart(2, '0')
const LAST_DAY_OF_MONTH: Record<number, number> = { 3: 31, 6: 30, 9: 30, 12: 31 }

function build(kind: PeriodKind, year: number, index: number): ParsedPeriod {
  const months = kind === 'year' ? 12 : kind === 'half_year' ? 6 : 3
  const firstMonth = (index - 1) * months + 1
  const lastMonth = index * months
  const key = kind === 'year' ? String(year) : `${year}-${kind === 'quarter' ? 'Q' : 'H'}${index}`
  return {
    key,
    kind,
    year,
    index,
    firstDay: `${year}-${pad(firstMonth)}-01`,
    lastDay: `${year}-${pad(lastMonth)}-${LAST_DAY_OF_MONTH[lastMonth]}`,
  }
}

/**
 * Read a period 'YYYY', 'YYYY-Hn' or 'YYYY-Qn' (spaces trimmed, lower case accepted). A wrong quarter
 * or half-year number gets its own Dutch message ("2025-Q5: een jaar heeft vier kwartalen …").
 */
export function parsePeriod(text: string): PeriodParse {
  const trimmed = text.trim().toUpperCase()
  const match = SHAPE.exec(trimmed)
  const shown = text.trim() === '' ? 'Een lege cel' : `'${text.trim()}'`
  if (!match) return { ok: false, message: `${shown} ${GENERAL}` }
  const year = Number(match[1])
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `${shown}: het jaar moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen.` }
  }
  if (!match[2]) return { ok: true, period: build('year', year, 1) }
  const index = Number(match[3])
  if (match[2] === 'Q') {
    if (index < 1 || index > 4) {
      return { ok: false, message: `${shown}: een jaar heeft vier kwartalen, gebruik ${year}-Q1 tot en met ${year}-Q4.` }
    }
    return { ok: true, period: build('quarter', year, index) }
  }
  if (index < 1 || index > 2) {
    return { ok: false, message: `${shown}: een jaar heeft twee halfjaren, gebruik ${year}-H1 of ${year}-H2.` }
  }
  return { ok: true, period: build('half_year', year, index) }
}

/** The parsed period; throws an Error with the Dutch message when text is not a period. */
export function getPeriod(text: string): ParsedPeriod {
  const parsed = parsePeriod(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.period
}

/** Whether inner lies entirely within outer (a quarter within its half year and year; a period within itself). */
export function isPeriodWithin(inner: ParsedPeriod, outer: ParsedPeriod): boolean {
  return inner.firstDay >= outer.firstDay && inner.lastDay <= outer.lastDay
}

/** The periods of a kind that make up outer, in order (the four quarters of a year); empty when kind is coarser. */
export function splitPeriod(outer: ParsedPeriod, kind: PeriodKind): ParsedPeriod[] {
  const count = { year: 1, half_year: 2, quarter: 4 }[kind]
  return Array.from({ length: count }, (_, i) => build(kind, outer.year, i + 1)).filter((p) => isPeriodWithin(p, outer))
}

/** The period of the same kind right before this one (2025-Q1 → 2024-Q4). */
export function previousPeriod(period: ParsedPeriod): ParsedPeriod {
  if (period.index > 1) return build(period.kind, period.year, period.index - 1)
  const last = { year: 1, half_year: 2, quarter: 4 }[period.kind]
  return build(period.kind, period.year - 1, last)
}

/** Validates and normalises a reporting period for indicator values; the Dutch message names what is wrong. */
export const IndicatorPeriodSchema = z.string({ error: `De periode ${GENERAL}` }).transform((text, ctx) => {
  const parsed = parsePeriod(text)
  if (parsed.ok) return parsed.period.key
  ctx.addIssue({ code: 'custom', message: parsed.message })
  return z.NEVER
})

/** Dutch label of a period: '2025', '1e halfjaar 2025', '3e kwartaal 2025'. */
export function periodLabel(period: ParsedPeriod): string {
  if (period.kind === 'year') return String(period.year)
  return `${period.index}e ${PERIOD_KIND_LABELS[period.kind]} ${period.year}`
}
