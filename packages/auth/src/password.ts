import { hash, verify } from '@node-rs/argon2'

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const

/** Hash a password with argon2id; the result embeds its salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

/** True when `password` matches `passwordHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Verifying against this keeps the time of "no such account" close to "wrong password".
let dummyHash: Promise<string> | undefined
/** Spend the time of one verification without a real account (against user enumeration by timing). */
export async function verifyDummyPassword(password: string): Promise<void> {
  dummyHash ??= hashPassword('no-account-has-this-password')
  await verifyPassword(await dummyHash, password)
}
