import { clearLoginFailures, countLoginFailures, insertLoginFailures, type DB, type Kysely } from '@bt/db'

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

/** True when the account or the address has reached its limit of failures within the window. */
export async function isThrottled(db: Kysely<DB>, params: { keys: Keys; settings: ThrottleSettings; now: Date }) {
  const since = new Date(params.now.getTime() - params.settings.windowMinutes * 60_000)
  const keys = [params.keys.account, ...(params.keys.address ? [params.keys.address] : [])]
  const failures = await countLoginFailures(db, { keys, since })
  const accountFailures = failures.get(params.keys.account) ?? 0
  const addressFailures = params.keys.address ? (failures.get(params.keys.address) ?? 0) : 0
  return (
    accountFailures >= params.settings.maxFailuresPerAccount || addressFailures >= params.settings.maxFailuresPerAddress
  )
}

/** Record a failed attempt against the account and the address. */
export async function recordFailure(db: Kysely<DB>, params: { keys: Keys; now: Date }) {
  const keys = [params.keys.account, ...(params.keys.address ? [params.keys.address] : [])]
  await insertLoginFailures(db, { keys, at: params.now })
}

/** After a successful login the account starts afresh; the address keeps its record. */
export async function clearAccountFailures(db: Kysely<DB>, params: { keys: Keys }) {
  await clearLoginFailures(db, { key: params.keys.account })
}
