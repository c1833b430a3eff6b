import { describe, expect, it } from 'vitest'
import { NO_HYDRATION, pageHydrates } from './hydration.ts'

describe('pageHydrates', () => {
  it('hydrates a page whose routes say nothing about it', () => {
    expect(pageHydrates([{ handle: undefined }, { handle: { crumb: 'x' } }, { handle: null }])).toBe(true)
    expect(pageHydrates([])).toBe(true)
  })

  it('does not hydrate when any matched route says hydrate: false, at any depth', () => {
    expect(pageHydrates([{ handle: undefined }, { handle: NO_HYDRATION }])).toBe(false)
    expect(pageHydrates([{ handle: NO_HYDRATION }, { handle: undefined }])).toBe(false)
  })

  it('reads only an explicit false', () => {
    expect(pageHydrates([{ handle: { hydrate: 0 } }, { handle: { hydrate: true } }, { handle: 'hydrate' }])).toBe(true)
  })
})
