/** The host of a URL, or null when the text is not a URL (a malformed header is not an error). */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

/**
 * Refuse cross-site mutations: a POST must come from a page of this site (defence beside SameSite).
 * Browsers send `Origin` on every POST; where one does not, `Sec-Fetch-Site` and then `Referer`
 * (sent to ourselves under our `Referrer-Policy: same-origin`) decide. A request with none of the
 * three does not come from a browser, so no cookie of a victim rides along.
 */
export function isCrossSiteMutation(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false
  const host = request.headers.get('X-Forwarded-Host') ?? request.headers.get('Host') ?? new URL(request.url).host
  const origin = request.headers.get('Origin')
  if (origin !== null) return hostOf(origin) !== host
  const fetchSite = request.headers.get('Sec-Fetch-Site')
  if (fetchSite !== null) return fetchSite !== 'same-origin' && fetchSite !== 'none'
  const referer = request.headers.get('Referer')
  if (referer !== null) return hostOf(referer) !== host
  return false
}
