// A stand-in origin: a target is safe when resolving it against any site keeps that site.
const SITE = 'https://portal.invalid'

/** Control characters, spaces and backslashes: browsers drop or rewrite them in a URL. */
function hasDroppedCharacter(text: string): boolean {
  return [...text].some((c) => c <= ' ' || c === '\u007f' || c === '\\')
}

/**
 * A redirect target from the query string, only if it is a path on this site (no open redirects).
 * Browsers drop tabs and newlines and read `\` as `/`, so such targets are refused outright; the rest
 * is resolved as a browser would and returned in its normalised (percent-encoded) form, which is
 * always a valid Location header.
 */
export function safeRedirectPath(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || hasDroppedCharacter(target)) return fallback
  let url: URL
  try {
    url = new URL(target, SITE)
  } catch {
    return fallback
  }
  const path = url.pathname + url.search + url.hash
  // `/.//evil.example` resolves to the path `//evil.example`, which is itself an off-site reference.
  if (url.origin !== SITE || path.startsWith('//')) return fallback
  return path
}
