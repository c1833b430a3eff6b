export type { Actor, RoleGrant } from './actor.ts'
export { LOGIN_FAILED_MESSAGE, LOGIN_THROTTLED_MESSAGE, login, type LoginInput } from './login.ts'
export { hashPassword, verifyPassword } from './password.ts'
export {
  PASSWORD_LINK_HOURS,
  createPasswordLink,
  getPasswordLinkUser,
  redeemPasswordLink,
} from './password-links.ts'
export {
  ROLE_RIGHTS,
  may,
  regionsWithDraftAccess,
  type MunicipalityAction,
  type NationalAction,
  type Permission,
  type RegionAction,
} from './permissions.ts'
export {
  DEFAULT_SESSION_MAX_HOURS,
  SESSION_DAYS,
  createSession,
  invalidateSession,
  invalidateUserSessions,
  loadGrants,
  validateSessionToken,
  type NewSession,
  type ValidatedSession,
} from './sessions.ts'
export { type ThrottleSettings } from './throttle.ts'
export { generateId, generateToken, hashToken } from './tokens.ts'
export { purgeExpired } from './purge-expired.ts'
