import { describe, expect, it } from 'vitest'
import { readRuntimeConfig } from './env.ts'

describe('readRuntimeConfig', () => {
  it('ends sessions 12 hours after sign-in unless SESSION_MAX_HOURS says otherwise, at most 30 days', () => {
    expect(readRuntimeConfig({}).sessionMaxHours).toBe(12)
    expect(readRuntimeConfig({ SESSION_MAX_HOURS: '720' }).sessionMaxHours).toBe(720)
    expect(() => readRuntimeConfig({ SESSION_MAX_HOURS: '721' })).toThrow()
    expect(() => readRuntimeConfig({ SESSION_MAX_HOURS: '0' })).toThrow()
  })
})
