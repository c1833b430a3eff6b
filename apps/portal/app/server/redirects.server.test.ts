import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './redirects.server.ts'

describe('safeRedirectPath', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirectPath('/regio/zwolle?tab=1')).toBe('/regio/zwolle?tab=1')
  })

  it('refuses other sites and odd forms', () => {
    for (const target of ['https://evil.example', '//evil.example', '/\\evil.example', 'regio', '', null]) {
      expect(safeRedirectPath(target)).toBe('/')
    }
  })
})
