import { readPortalEnv } from './env.server.ts'

/**
 * The Content-Security-Policy. Scripts only from this site, and inline scripts only with the
 * per-request nonce React Router puts on its own (no 'unsafe-inline'); inline styles stay allowed
 * (Utrecht components and chart.js set style attributes).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** One year, the HSTS preload list's minimum. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600

/** The request header through which server.js hands entry.server.tsx the nonce of its CSP. */
export const CSP_NONCE_HEADER = 'x-bt-csp-nonce'

/**
 * Headers for every response, with a fresh nonce per request (server.js sets them before anything
 * else answers; documents put the nonce on React Router's inline scripts). HSTS only where cookies
 * are Secure, i.e. where the portal is served over HTTPS: never on the local PGlite demo.
 */
export function createSecurityHeaders(cookieSecure = readPortalEnv().cookieSecure): (nonce: string) => Record<string, string> {
  const hsts: Record<string, string> = cookieSecure
    ? { 'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` }
    : {}
  return (nonce) => ({
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // Keeps one-time links in the URL out of Referer headers sent to other sites.
    'Referrer-Policy': 'same-origin',
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    ...hsts,
  })
}
