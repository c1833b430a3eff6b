// ISO dates as UTC day numbers (days since 1970-01-01), by pure integer arithmetic: no Date, no
// clock, no time zone. Civil-from-days after Howard Hinnant's `chrono`-compatible algorithms.
// Internal: not re-exported.
import { CalcError, formatPath, type CalcErrorPath } from './errors.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/**
 * The UTC day number of an ISO 'YYYY-MM-DD' date; throws INVALID_DATE for anything else (2023-02-29
 * too).
 */
export function parseIsoDate(value: string, path: CalcErrorPath): number {
  const match = ISO_DATE.exec(value)
  const year = Number(match?.[1])
  const month = Number(match?.[2])
  const day = Number(match?.[3])
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CalcError(
      'INVALID_DATE',
      `${formatPath(path)} must be a calendar date 'YYYY-MM-DD'; got '${value}'`,
      {
        path,
        details: { value },
      },
    )
  }
  return daysFromCivil(year, month, day)
}

/** The ISO 'YYYY-MM-DD' string of a UTC day number. */
export function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The same calendar day `months` months later; a day past the month's end clamps (2024-02-29 + 12 →
 * 2025-02-28).
 */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDays(dayNumber)
  const monthIndex = year * 12 + (month - 1) + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = monthIndex - targetYear * 12 + 1
  return daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}

/**
 * An inclusive period of day numbers; an open end is +Infinity. Throws INVALID_DATE, or
 * INVALID_PERIOD when end < start.
 */
export function parsePeriod(
  startDate: string,
  endDate: string | undefined,
  path: CalcErrorPath,
): { start: number; end: number } {
  const start = parseIsoDate(startDate, [...path, 'startDate'])
  const end = endDate === undefined ? Infinity : parseIsoDate(endDate, [...path, 'endDate'])
  if (end < start) {
    throw new CalcError(
      'INVALID_PERIOD',
      `${formatPath(path)} ends on ${endDate}, before it starts on ${startDate}`,
      {
        path: [...path, 'endDate'],
        details: { startDate, endDate: endDate ?? null },
      },
    )
  }
  return { start, end }
}

// Dates repeat across clients and scenarios: each distinct valid text is parsed once.
const DAY_NUMBERS = new Map<string, number>()

/**
 * parseIsoDate, remembering valid texts; the error path is built only when the text is invalid
 * (issue 18, speed).
 */
export function parseIsoDateOnce(value: string, pathOf: () => CalcErrorPath): number {
  const known = DAY_NUMBERS.get(value)
  if (known !== undefined) return known
  const dayNumber = parseIsoDate(value, pathOf())
  if (DAY_NUMBERS.size >= 10_000) DAY_NUMBERS.clear()
  DAY_NUMBERS.set(value, dayNumber)
  return dayNumber
}
