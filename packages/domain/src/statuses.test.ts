import { describe, expect, it } from 'vitest'
import { STATUSES, STATUS_KEYS, StatusKeySchema } from './statuses.ts'

describe('statuses', () => {
  it('has four statuses with the symbols of seed 000 §6.4', () => {
    expect(STATUS_KEYS.map((key) => STATUSES[key].symbol)).toEqual(['√', '(√)', '√ / ●', '●'])
  })

  it('gives every status a distinct, non-empty Dutch label', () => {
    const labels = STATUS_KEYS.map((key) => STATUSES[key].label)
    expect(labels.every((label) => label.trim().length > 0)).toBe(true)
    expect(new Set(labels).size).toBe(STATUS_KEYS.length)
    expect(labels).toEqual([
      'Gereed',
      'Deels gereed',
      'Product gereed, besluit volgt',
      'Nog niet gereed',
    ])
  })

  it('gives every status a distinct symbol, so the symbol alone identifies it', () => {
    expect(new Set(STATUS_KEYS.map((key) => STATUSES[key].symbol)).size).toBe(4)
  })

  it('has exactly the keys of STATUS_KEYS', () => {
    expect(Object.keys(STATUSES).sort()).toEqual([...STATUS_KEYS].sort())
  })

  it('refuses an unknown status in Dutch', () => {
    const result = StatusKeySchema.safeParse('klaar')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Kies een bestaande status.')
  })
})
