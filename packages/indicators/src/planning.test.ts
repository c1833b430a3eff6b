import { describe, expect, it } from 'vitest'
import { planningStatus, summarisePlanning, type PlannedAgreement } from './planning.ts'

const base: PlannedAgreement = { id: 1, title: 'x', stage: 'in_uitvoering', plannedDate: '2026-01-01', dueDate: '2026-01-01', delays: [] }

describe('planning', () => {
  it('is overdue the day after the due date, not on it', () => {
    expect(planningStatus(base, '2026-01-01')).toBe('due_soon')
    expect(planningStatus(base, '2026-01-02')).toBe('overdue')
  })

  it('is due soon within 90 days and on schedule after that', () => {
    expect(planningStatus({ ...base, dueDate: '2026-04-01' }, '2026-01-01')).toBe('due_soon') // day 90
    expect(planningStatus({ ...base, dueDate: '2026-04-02' }, '2026-01-01')).toBe('on_schedule')
  })

  it('measures against the delayed date and closes realised and lapsed agreements', () => {
    const delayed = { ...base, dueDate: '2026-09-01', delays: [{ reason: 'Aanbesteding', previousDate: '2026-01-01', newDate: '2026-09-01' }] }
    expect(planningStatus(delayed, '2026-02-01')).toBe('on_schedule')
    expect(planningStatus({ ...base, stage: 'gerealiseerd' }, '2027-01-01')).toBe('closed')
    expect(planningStatus({ ...base, stage: 'vervallen' }, '2027-01-01')).toBe('closed')
    expect(planningStatus({ ...base, dueDate: null, plannedDate: null }, '2027-01-01')).toBe('undated')
  })

  it('groups a region by status, earliest first, and lists every delay', () => {
    const summary = summarisePlanning(
      [
        { ...base, id: 1, dueDate: '2025-12-01' },
        { ...base, id: 2, dueDate: '2025-06-01' },
        { ...base, id: 3, dueDate: '2026-09-01', delays: [{ reason: 'r', previousDate: null, newDate: '2026-09-01' }] },
      ],
      '2026-01-10',
    )
    expect(summary.overdue.map((a) => a.id)).toEqual([2, 1])
    expect(summary.delayed.map((a) => a.id)).toEqual([3])
  })
})
