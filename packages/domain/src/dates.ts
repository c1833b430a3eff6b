import { z } from 'zod'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether value is a 'YYYY-MM-DD' string naming a real Gregorian calendar date (2024-02-29 yes, 2023-02-29 no). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12) return false
  return day >= 1 && day <= daysInMonth(year, month)
}

const DATE_MESSAGE = 'Vul een geldige datum in (JJJJ-MM-DD).'

/** Validates an ISO calendar date 'YYYY-MM-DD' (surrounding spaces trimmed); Dutch message. */
export const IsoDateSchema = z
  .string({ error: DATE_MESSAGE })
  .trim()
  .refine(isValidIsoDate, { error: DATE_MESSAGE })

/** An ISO calendar date 'YYYY-MM-DD'. */
export type IsoDate = z.infer<typeof IsoDateSchema>

const PERIOD = /^\d{4}(?:-Q[1-4]|-H[12])?$/

/** Whether value is a period: a year 'YYYY', a quarter 'YYYY-Q1'..'YYYY-Q4' or a half year 'YYYY-H1'/'YYYY-H2'. */
export function isValidPeriod(value: string): boolean {
  return PERIOD.test(value)
}

const PERIOD_MESSAGE =
  'Vul een geldige periode in: een jaar (2026), een kwartaal (2026-Q1 tot en met 2026-Q4) of een halfjaar (2026-H1 of 2026-H2).'

/** Validates a period 'YYYY', 'YYYY-Qn' (1-4) or 'YYYY-Hn' (1-2), trimmed and upper-cased first; Dutch message. */
export const PeriodSchema = z
  .string({ error: PERIOD_MESSAGE })
  .trim()
  .toUpperCase()
  .regex(PERIOD, { error: PERIOD_MESSAGE })

/** A period such as '2026', '2026-Q1' or '2026-H2'. */
export type Period = z.infer<typeof PeriodSchema>
