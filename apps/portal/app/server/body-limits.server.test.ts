import { describe, expect, it } from 'vitest'
import { bodyLimitFor, SMALL_BODY_BYTES } from './body-limits.server.ts'

describe('bodyLimitFor', () => {
  it('gives the indicator import its own 16 MB limit, its .data request too', () => {
    for (const path of ['/indicatoren/importeren', '/indicatoren/importeren.data', '/indicatoren/importeren/', '/indicatoren/importeren/controle']) {
      expect(bodyLimitFor(path)).toMatchObject({ kind: 'import', label: '16 MB' })
      expect(bodyLimitFor(path).bytes).toBeGreaterThan(16 * 1024 * 1024)
    }
  })

  it('keeps other indicator forms at the small form limit', () => {
    expect(bodyLimitFor('/indicatoren/wmo_clients/bewerken')).toMatchObject({ kind: 'form', bytes: SMALL_BODY_BYTES })
  })
})
