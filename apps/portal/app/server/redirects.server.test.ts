import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './redirects.server.ts'

/** What a browser would do with the answer: resolve the Location against this site. */
function resolvedHost(location: string): string {
  return new URL(location, 'https://portal.example').host
}

describe('safeRedirectPath', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirectPath('/regio/zwolle?tab=1')).toBe('/regio/zwolle?tab=1')
    expect(safeRedirectPath('/regio/zwolle#afspraken')).toBe('/regio/zwolle#afspraken')
  })

  it('refuses other sites and odd forms', () => {
    for (const target of ['https://evil.example', '//evil.example', '/\\evil.example', 'regio', '', null]) {
      expect(safeRedirectPath(target)).toBe('/')
    }
  })

  // The classic bypass list: every one of these (after the query string is decoded) either stays on
  // this site or falls back to '/', and none puts a control character into the Location header.
  const bypasses = [
    '/\t/evil.example/x',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/ /evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/%5C/evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/./\\evil.example',
    '///evil.example',
    '/\u0000/evil.example',
    '/regio\nSet-Cookie: x=1',
    'https:evil.example',
    'javascript:alert(1)',
    '/\u3000/evil.example',
    '/%09/evil.example',
  ]
  it.each(bypasses)('never leaves the site for %j', (target) => {
    const location = safeRedirectPath(target)
    expect(resolvedHost(location)).toBe('portal.example')
    expect(location).toMatch(/^\/(?![/\\])/)
    expect([...location].filter((c) => c < ' ' || c === '\u007f' || c === '\\')).toEqual([])
    // A valid header value (Headers throws on CR, LF and NUL: today's 500).
    expect(() => new Headers({ Location: location })).not.toThrow()
  })
})
