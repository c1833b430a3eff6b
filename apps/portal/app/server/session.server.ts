import { readPortalEnv } from './env.server.ts'

const COOKIE_NAME = 'bt_session'

/** The session token from the request's cookie, if any. */
export function readSessionToken(request: Request): string | undefined {
  const header = request.headers.get('Cookie') ?? ''
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === COOKIE_NAME) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

function attributes(maxAgeSeconds: number): string {
  const secure = readPortalEnv().cookieSecure ? '; Secure' : ''
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`
}

/** Set-Cookie value for a session: HttpOnly, SameSite=Lax, Secure unless switched off. */
export function sessionCookie(token: string, expiresAt: Date, now = new Date()): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000))
  return `${COOKIE_NAME}=${encodeURIComponent(token)}; ${attributes(maxAge)}`
}

/** Set-Cookie value that removes the session cookie. */
export function clearSessionCookie(): string {
  return `${COOKIE_NAME}=; ${attributes(0)}`
}
