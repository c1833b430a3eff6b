import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'

/** A random token with 160 bits of entropy, base32: what the cookie or the one-time link carries. */
export function generateToken(): string {
  const bytes = new Uint8Array(20)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes)
}

/** The SHA-256 (hex) of a token: the only form in which tokens are stored. */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

/** A random identifier for new rows (users). */
export function generateId(): string {
  return generateToken().slice(0, 20)
}
