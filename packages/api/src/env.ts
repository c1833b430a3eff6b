import { DEFAULT_SESSION_MAX_HOURS, SESSION_DAYS, type ThrottleSettings } from '@bt/auth'
import type { SmtpConfig } from './notifications/smtp.ts'
import { MAX_WINDOW_SECONDS, type PublicQuota } from './open-data/rate-limit.ts'
import { z } from 'zod'

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true'))

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  SEED_DEMO: flag,
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: positiveInt(50),
  LOGIN_THROTTLE_MINUTES: positiveInt(15),
  // The absolute session lifetime (ADR 008): at most the sliding expiry's 30 days.
  SESSION_MAX_HOURS: positiveInt(DEFAULT_SESSION_MAX_HOURS).pipe(z.number().max(SESSION_DAYS * 24)),
  RUN_JOBS: flag,
  PUBLIC_URL: z.string().url({ error: 'PUBLIC_URL moet een volledig adres zijn, zoals https://portaal.example.nl.' }).default('http://localhost:3000'),
  SMTP_HOST: z.string().optional().transform((v) => (v ? v : undefined)),
  SMTP_PORT: positiveInt(587),
  SMTP_SECURE: flag,
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  // Public API and open-data downloads: requests per client address per window (ADR 022).
  PUBLIC_RATE_LIMIT: positiveInt(120),
  PUBLIC_RATE_WINDOW_SECONDS: positiveInt(60).pipe(z.number().max(MAX_WINDOW_SECONDS)),
  MAIL_FROM: z.string().min(3).default('Beschermd Thuis <noreply@localhost>'),
})

/** How the server runs: which database, whether demo data is seeded, and the login limits. */
export interface RuntimeConfig {
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string }
  seedDemo: boolean
  throttle: ThrottleSettings
  /** A session ends this many hours after sign-in, however active (besides the sliding expiry). */
  sessionMaxHours: number
  /** Whether this process runs the background jobs (RUN_JOBS=0 leaves them to a separate worker). */
  runJobs: boolean
  /** Requests per client address and window on the public API and downloads. */
  publicQuota: PublicQuota
  /** Mail goes out through SMTP when configured; otherwise it stays in the outbox under /beheer. */
  mail: { smtp: SmtpConfig | null; publicUrl: string }
}

/**
 * Read the runtime configuration from the environment. Without DATABASE_URL the portal runs on
 * embedded PGlite in PGLITE_DIR with demo data; with it, demo data only when SEED_DEMO=1 (DESIGN.md).
 */
export function readRuntimeConfig(env: Record<string, string | undefined> = process.env): RuntimeConfig {
  const parsed = EnvSchema.parse(env)
  const database = parsed.DATABASE_URL
    ? ({ kind: 'postgres', url: parsed.DATABASE_URL } as const)
    : ({ kind: 'pglite', dataDir: parsed.PGLITE_DIR } as const)
  return {
    database,
    seedDemo: parsed.SEED_DEMO ?? database.kind === 'pglite',
    throttle: {
      maxFailuresPerAccount: parsed.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: parsed.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMinutes: parsed.LOGIN_THROTTLE_MINUTES,
    },
    sessionMaxHours: parsed.SESSION_MAX_HOURS,
    runJobs: parsed.RUN_JOBS ?? true,
    publicQuota: { limit: parsed.PUBLIC_RATE_LIMIT, windowSeconds: parsed.PUBLIC_RATE_WINDOW_SECONDS },
    mail: {
      publicUrl: parsed.PUBLIC_URL.replace(/\/+$/, ''),
      smtp: parsed.SMTP_HOST
        ? {
            host: parsed.SMTP_HOST,
            port: parsed.SMTP_PORT,
            secure: parsed.SMTP_SECURE ?? parsed.SMTP_PORT === 465,
            user: parsed.SMTP_USER || undefined,
            password: parsed.SMTP_PASSWORD || undefined,
            from: parsed.MAIL_FROM,
          }
        : null,
    },
  }
}
