import { readRuntimeConfig, type RuntimeConfig } from '@bt/api'

/** The portal's one reading of the environment (STYLE.md §3). */
export function readPortalEnv(): { runtime: RuntimeConfig; isProduction: boolean } {
  return { runtime: readRuntimeConfig(process.env), isProduction: process.env.NODE_ENV === 'production' }
}
