import { createRuntime, type ApiRuntime } from '@bt/api'
import { readPortalEnv } from './env.server.ts'

let pending: Promise<ApiRuntime> | undefined

/**
 * The process's API runtime, created on first use. A failed start (database unreachable) is not
 * cached, so the next request tries again and the portal recovers when the database returns.
 */
export function getRuntime(): Promise<ApiRuntime> {
  pending ??= createRuntime(readPortalEnv().runtime).catch((error: unknown) => {
    pending = undefined
    throw error
  })
  return pending
}
