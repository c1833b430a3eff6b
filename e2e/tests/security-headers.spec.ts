import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'
import { startPortal, type PortalProcess } from '../fixtures/portal-process.ts'
import { secureCookiePort } from '../playwright.config.ts'

/** The nonce in a CSP's script-src, or null; fails the test when script-src allows inline scripts. */
function scriptNonce(csp: string | undefined): string | null {
  const scriptSrc = (csp ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? ''
  expect(scriptSrc).not.toBe('')
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  return /'nonce-([^']+)'/.exec(scriptSrc)?.[1] ?? null
}

test.describe('the Content-Security-Policy', () => {
  test('allows only inline scripts carrying the per-request nonce, and the page still works', async ({ page, request }) => {
    const first = await request.get('/')
    const second = await request.get('/')
    const nonce = scriptNonce(first.headers()['content-security-policy'])
    expect(nonce).toBeTruthy()
    expect(scriptNonce(second.headers()['content-security-policy'])).not.toBe(nonce)
    const html = await first.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)

    // In a browser: no CSP violation, and React Router's inline module script ran (it hydrates the
    // app and leaves its route modules on window), so the page is interactive.
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto('/')
    await page.waitForFunction(() => '__reactRouterRouteModules' in window)
    expect(violations).toEqual([])
    await expectNoA11yViolations(page)
  })
})

test.describe('caching', () => {
  test('a signed-in page and its .data answer are never stored, the woonplaatstoets included', async ({ page }) => {
    test.setTimeout(90_000) // three pages, each with an axe scan and a .data request
    await loginAs(page, DEMO.region_viewer)
    for (const path of ['/regio/zwolle', '/account', '/rekenen/woonplaats']) {
      const document = await page.goto(path)
      expect(document?.headers()['cache-control'], path).toBe('no-store')
      await expectNoA11yViolations(page)
      const data = await page.request.get(`${path}.data`)
      expect(data.status(), `${path}.data`).toBe(200)
      expect(data.headers()['cache-control'], `${path}.data`).toBe('no-store')
    }
  })
})

test.describe('HSTS', () => {
  // A second portal with Secure cookies; started once, and stopped even when a test times out.
  let portal: PortalProcess | undefined
  const dir = mkdtempSync(join(tmpdir(), 'bt-e2e-hsts-'))
  test.beforeAll(async () => {
    test.setTimeout(120_000)
    portal = await startPortal({ PGLITE_DIR: dir, SEED_DEMO: '0', COOKIE_SECURE: '1' }, secureCookiePort)
  })
  test.afterAll(async () => {
    await portal?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('is sent only where session cookies are Secure', async ({ request }) => {
    // The e2e portal runs with COOKIE_SECURE=0 (plain HTTP): no HSTS there.
    expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined()
    for (const path of ['/', '/favicon.svg', '/healthz']) {
      const response = await fetch(`${(portal as PortalProcess).baseURL}${path}`)
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains')
    }
  })
})
