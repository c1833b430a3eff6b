import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD } from '../fixtures/login.ts'

// Over HTTP to the built portal: `terug` after login never sends the browser to another site, and a
// post's origin is checked without ever answering 500 (no page is rendered here: nothing for axe).

const BYPASSES = [
  '/\t/evil.example/x',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '//evil.example',
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  '/.//evil.example',
  '///evil.example',
  'https://evil.example',
  '/regio\nSet-Cookie: x=1',
]

function expectSameSite(location: string | null, baseURL: string) {
  expect(location).not.toBeNull()
  expect(new URL(location as string, baseURL).host).toBe(new URL(baseURL).host)
}

test.describe('the redirect after login', () => {
  for (const terug of BYPASSES) {
    test(`stays on this site for terug=${JSON.stringify(terug)}`, async ({ baseURL }) => {
      const response = await fetch(`${baseURL}/inloggen?terug=${encodeURIComponent(terug)}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: baseURL as string, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: DEMO.region_viewer, password: DEMO_PASSWORD }),
      })
      expect(response.status).toBe(302)
      expectSameSite(response.headers.get('Location'), baseURL as string)
      // Signed in already: the login page's loader redirects with the same rule.
      const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] as string
      const again = await fetch(`${baseURL}/inloggen?terug=${encodeURIComponent(terug)}`, { redirect: 'manual', headers: { Cookie: cookie } })
      expect(again.status).toBe(302)
      expectSameSite(again.headers.get('Location'), baseURL as string)
    })
  }
})

test.describe('posts from elsewhere', () => {
  const post = (baseURL: string, path: string, headers: Record<string, string>) =>
    fetch(`${baseURL}${path}`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' })

  test('a malformed Origin is refused, never answered with a 500', async ({ baseURL }) => {
    for (const origin of ['not a url', 'http://', 'http://[::1', '://x']) {
      const api = await post(baseURL as string, '/api/trpc/account.me', { Origin: origin })
      expect(api.status, `API with Origin ${origin}`).toBe(403)
      // React Router checks a document post's Origin itself first (400) before our middleware (403).
      const form = await post(baseURL as string, '/inloggen', { Origin: origin })
      expect([400, 403], `form with Origin ${origin}`).toContain(form.status)
    }
  })

  test('without Origin, a cross-site Referer or Sec-Fetch-Site is refused and a same-origin one accepted', async ({ baseURL }) => {
    const base = baseURL as string
    expect((await post(base, '/api/trpc/account.me', { Referer: 'https://evil.example/form' })).status).toBe(403)
    expect((await post(base, '/api/trpc/account.me', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect((await post(base, '/api/trpc/account.me', { Referer: `${base}/account` })).status).not.toBe(403)
    expect((await post(base, '/api/trpc/account.me', { 'Sec-Fetch-Site': 'same-origin' })).status).not.toBe(403)
  })
})
