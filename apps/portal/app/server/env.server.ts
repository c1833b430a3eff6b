import { readRuntimeConfig, type RuntimeConfig } from '@bt/api'

export interface PortalEnv {
  runtime: RuntimeConfig
  /** Session cookies carry `Secure` unless COOKIE_SECURE=0; off by default only for the embedded demo. */
  cookieSecure: boolean
}

/** The portal's one reading of the environment (STYLE.md §3). */
export function readPortalEnv(): PortalEnv {
  const runtime = readRuntimeConfig(process.env)
  const flag = process.env.COOKIE_SECURE
  const cookieSecure = flag === undefined || flag === '' ? runtime.database.kind === 'postgres' : flag === '1' || flag === 'true'
  return { runtime, cookieSecure }
}
