import { describe, expect, it } from 'vitest'
import { isCrossSiteMutation } from './same-origin.server.ts'

function post(headers: Record<string, string>, method = 'POST'): Request {
  return new Request('http://portal.example/inloggen', { method, headers: { Host: 'portal.example', ...headers } })
}

describe('isCrossSiteMutation', () => {
  it('lets reads through whatever they carry', () => {
    expect(isCrossSiteMutation(post({ Origin: 'https://evil.example' }, 'GET'))).toBe(false)
  })

  it('accepts a post whose Origin is this site, refuses another site and the opaque origin', () => {
    expect(isCrossSiteMutation(post({ Origin: 'http://portal.example' }))).toBe(false)
    expect(isCrossSiteMutation(post({ Origin: 'https://evil.example' }))).toBe(true)
    expect(isCrossSiteMutation(post({ Origin: 'null' }))).toBe(true)
  })

  it('refuses a malformed Origin instead of throwing', () => {
    for (const origin of ['not a url', 'http://', '://x', 'http://[::1', '\u00e9']) {
      expect(() => isCrossSiteMutation(post({ Origin: origin }))).not.toThrow()
      expect(isCrossSiteMutation(post({ Origin: origin })), origin).toBe(true)
    }
  })

  it('without Origin, trusts Sec-Fetch-Site: same-origin only', () => {
    expect(isCrossSiteMutation(post({ 'Sec-Fetch-Site': 'same-origin' }))).toBe(false)
    expect(isCrossSiteMutation(post({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(true)
    expect(isCrossSiteMutation(post({ 'Sec-Fetch-Site': 'same-site' }))).toBe(true)
  })

  it('without Origin or Sec-Fetch-Site, compares the Referer', () => {
    expect(isCrossSiteMutation(post({ Referer: 'http://portal.example/regio' }))).toBe(false)
    expect(isCrossSiteMutation(post({ Referer: 'https://evil.example/form' }))).toBe(true)
    expect(isCrossSiteMutation(post({ Referer: 'garbage' }))).toBe(true)
  })

  it('lets a post with none of the three through (not a browser: no ambient cookie to abuse)', () => {
    expect(isCrossSiteMutation(post({}))).toBe(false)
  })
})
