import type { IndicatorNature, ParsedPeriod } from '@bt/domain'
import type { AreaCell } from './aggregate.ts'
import { itemAt } from '@bt/domain'

/** A value for one sub-period of the period being combined. */
export interface PeriodCell {
  period: ParsedPeriod
  cell: AreaCell
}

export type OverTime = { ok: true; cell: AreaCell; periods: string[] } | { ok: false; reason: string }

/**
 * One area's value over a longer period from its sub-periods: flows add up (every sub-period needed,
 * a suppressed or missing one makes the whole so); stocks take the value at the period's end; distinct
 * counts never add up over periods (people who came in both halves would count twice).
 */
export function combineOverTime(nature: IndicatorNature, target: ParsedPeriod, parts: readonly PeriodCell[]): OverTime {
  if (nature === 'distinct_count') {
    return { ok: false, reason: 'Unieke personen tellen niet op over perioden: alleen een cijfer over de hele periode zelf is juist.' }
  }
  const inside = parts.filter((p) => p.period.firstDay >= target.firstDay && p.period.lastDay <= target.lastDay)
  const areaCode = parts[0]?.cell.areaCode ?? ''
  if (nature === 'stock') {
    const atEnd = inside.find((p) => p.period.lastDay === target.lastDay)
    if (!atEnd) return { ok: false, reason: `Geen stand aan het eind van ${target.key} (${target.lastDay}).` }
    return { ok: true, cell: atEnd.cell, periods: [atEnd.period.key] }
  }
  const kinds = new Set(inside.map((p) => p.period.kind))
  if (kinds.size !== 1) return { ok: false, reason: `Geen sluitende reeks van deelperioden binnen ${target.key}.` }
  const sorted = [...inside].sort((a, b) => a.period.firstDay.localeCompare(b.period.firstDay))
  const expected = { year: 1, half_year: 2, quarter: 4 }[itemAt(sorted, 0).period.kind] / { year: 1, half_year: 2, quarter: 4 }[target.kind]
  if (sorted.length !== expected) return { ok: false, reason: `Voor ${target.key} zijn ${expected} deelperioden nodig, er zijn er ${sorted.length}.` }
  const periods = sorted.map((p) => p.period.key)
  const blocked = sorted.find((p) => p.cell.state === 'suppressed' || p.cell.state === 'missing')
  if (blocked) return { ok: true, periods, cell: { areaCode, state: blocked.cell.state, value: null, numerator: null, denominator: null } }
  const add = (pick: (c: AreaCell) => number | null) => {
    let total = 0
    for (const p of sorted) {
      const n = p.cell.state === 'nil' ? 0 : pick(p.cell)
      if (n === null) return null
      total += n
    }
    return total
  }
  const provisional = sorted.some((p) => p.cell.state === 'provisional')
  return {
    ok: true,
    periods,
    cell: { areaCode, state: provisional ? 'provisional' : 'final', value: add((c) => c.value), numerator: add((c) => c.numerator), denominator: add((c) => c.denominator) },
  }
}
