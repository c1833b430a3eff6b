import { findUserForLogin, type DB, type Kysely } from '@bt/db'
import { DomainError } from '@bt/domain'
import { verifyDummyPassword, verifyPassword } from './password.ts'
import { createSession, type NewSession } from './sessions.ts'
import { forgetSuccessfulAttempt, reserveAttempt, throttleKeys, type ThrottleSettings } from './throttle.ts'

/** One message for an unknown account, a wrong password and an inactive account: nothing to enumerate. */
export const LOGIN_FAILED_MESSAGE = 'Het e-mailadres of het wachtwoord klopt niet.'
/** Shown while an account or address is throttled. */
export const LOGIN_THROTTLED_MESSAGE =
  'Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw, of vraag de beheerder om een nieuwe link.'

export interface LoginInput {
  email: string
  password: string
  clientAddress: string | null
}

/**
 * Check credentials and start a session. Throws DomainError TOO_MANY_REQUESTS while throttled (the
 * attempt is counted before the password is checked, so guessing stops even in a parallel burst) and
 * UNAUTHENTICATED with one message for any other failure.
 */
export async function login(
  db: Kysely<DB>,
  params: { input: LoginInput; settings: ThrottleSettings; now: Date; sessionMaxHours?: number },
): Promise<NewSession & { userId: string }> {
  const email = params.input.email.trim().toLowerCase()
  const keys = throttleKeys({ email, clientAddress: params.input.clientAddress })
  const attempt = await reserveAttempt(db, { keys, settings: params.settings, now: params.now })
  if (!attempt) throw new DomainError('TOO_MANY_REQUESTS', LOGIN_THROTTLED_MESSAGE)
  const user = await findUserForLogin(db, { email })
  const valid =
    user?.passwordHash && user.isActive
      ? await verifyPassword(user.passwordHash, params.input.password)
      : (await verifyDummyPassword(params.input.password), false)
  // The failure is already counted by the reservation.
  if (!user || !valid) throw new DomainError('UNAUTHENTICATED', LOGIN_FAILED_MESSAGE)
  await forgetSuccessfulAttempt(db, attempt)
  const session = await createSession(db, { userId: user.id, now: params.now, maxHours: params.sessionMaxHours })
  return { ...session, userId: user.id }
}
