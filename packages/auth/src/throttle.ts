import { clearLoginFailures, deleteLoginFailures, reserveLoginAttempt, type DB, type Kysely } from '@bt/db'

/** Limits on failed logins, from the settings (never in process memory: the portal is stateless). */
export interface ThrottleSettings {
  maxFailuresPerAccount: number
  maxFailuresPerAddress: number
  windowMinutes: number
}

/** The throttle keys of one attempt: the account, and the client address when known. */
export function throttleKeys(params: { email: string; clientAddress: string | null }) {
  return {
    account: `account:${params.email}`,
    address: params.clientAddress ? `address:${params.clientAddress}` : null,
  }
}

type Keys = ReturnType<typeof throttleKeys>

/** A reserved attempt: counted as a failure until `forgetSuccessfulAttempt` says otherwise. */
export interface ReservedAttempt {
  keys: Keys
  failureIds: number[]
}

/**
 * Reserve an attempt before the password is checked: undefined when the account or the address has
 * reached its limit within the window, otherwise the attempt is already counted as a failure (one
 * atomic step in the database, so parallel attempts cannot all pass the check; see ADR 009).
 */
export async function reserveAttempt(
  db: Kysely<DB>,
  params: { keys: Keys; settings: ThrottleSettings; now: Date },
): Promise<ReservedAttempt | undefined> {
  const since = new Date(params.now.getTime() - params.settings.windowMinutes * 60_000)
  const limits = [
    { key: params.keys.account, max: params.settings.maxFailuresPerAccount },
    ...(params.keys.address ? [{ key: params.keys.address, max: params.settings.maxFailuresPerAddress }] : []),
  ]
  const failureIds = await reserveLoginAttempt(db, { limits, since, at: params.now })
  return failureIds ? { keys: params.keys, failureIds } : undefined
}

/** After a successful login the account starts afresh; the address keeps its earlier failures. */
export async function forgetSuccessfulAttempt(db: Kysely<DB>, attempt: ReservedAttempt) {
  await clearLoginFailures(db, { key: attempt.keys.account })
  await deleteLoginFailures(db, { ids: attempt.failureIds })
}
