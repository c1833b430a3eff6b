import { describe, expect, it } from 'vitest'
import { AUDIT_ACTION_LABELS, auditActionLabel } from './audit.ts'

describe('audit action labels', () => {
  it('gives every action a Dutch label', () => {
    expect(auditActionLabel('agreement.published')).toBe('Afspraak gepubliceerd')
    expect(auditActionLabel('indeling.imported')).toBe('Regio-indeling geïmporteerd')
    for (const label of Object.values(AUDIT_ACTION_LABELS)) expect(label).toMatch(/^[A-Z]/)
  })

  it('shows an unknown stored action as its key, never as a label of the object prototype', () => {
    expect(auditActionLabel('something.old')).toBe('something.old')
    expect(auditActionLabel('toString')).toBe('toString')
  })
})
