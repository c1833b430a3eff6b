import { z } from 'zod'
import { RecordNumberSchema } from './input-limits.ts'
import { MunicipalityCodeSchema, RegionNameSchema } from './codes.ts'
import { ROLES, RoleKeySchema } from './roles.ts'
import { postedList } from './checked.ts'

/** Passwords: long rather than complex (NIST SP 800-63B); the maximum bounds argon2's work. */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200
const MAX_EMAIL_LENGTH = 254

/** An email address, trimmed and lower-cased: the account's login name. */
export const EmailSchema = z
  .string({ error: 'Vul een e-mailadres in.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Vul een e-mailadres in.' })
  .max(MAX_EMAIL_LENGTH, { error: `Een e-mailadres heeft hoogstens ${MAX_EMAIL_LENGTH} tekens.` })
  .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.' }))

/** The login form. Only presence is checked: the policy applies when a password is set. */
export const LoginSchema = z.object({
  // Bounded like any e-mail address and password: a longer one cannot belong to an account, and an
  // unbounded one would reach the throttle's index and argon2.
  email: z
    .string({ error: 'Vul uw e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul uw e-mailadres in.' })
    .max(MAX_EMAIL_LENGTH, { error: `Een e-mailadres heeft hoogstens ${MAX_EMAIL_LENGTH} tekens.` }),
  password: z
    .string({ error: 'Vul uw wachtwoord in.' })
    .min(1, { error: 'Vul uw wachtwoord in.' })
    .max(PASSWORD_MAX_LENGTH, { error: `Een wachtwoord heeft hoogstens ${PASSWORD_MAX_LENGTH} tekens.` }),
})
export type LoginInput = z.infer<typeof LoginSchema>

/** A new password with its confirmation. */
export const NewPasswordSchema = z
  .object({
    password: z
      .string({ error: 'Kies een wachtwoord.' })
      .min(PASSWORD_MIN_LENGTH, { error: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.` })
      .max(PASSWORD_MAX_LENGTH, { error: `Een wachtwoord heeft hoogstens ${PASSWORD_MAX_LENGTH} tekens.` }),
    confirmPassword: z.string({ error: 'Herhaal het wachtwoord.' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    error: 'De twee wachtwoorden zijn niet gelijk.',
    path: ['confirmPassword'],
  })

/** Setting a password through a one-time link. */
export const SetPasswordSchema = NewPasswordSchema.and(z.object({ token: z.string().min(1).max(100) }))
export type SetPasswordInput = z.infer<typeof SetPasswordSchema>

/** A person's name as shown in the portal. */
export const PersonNameSchema = z
  .string({ error: 'Vul een naam in.' })
  .trim()
  .min(2, { error: 'Een naam heeft minstens 2 tekens.' })
  .max(100, { error: 'Een naam heeft hoogstens 100 tekens.' })

/** One role grant, with the scope its role needs (a region, a municipality, or none). */
export const RoleGrantSchema = z.object({
  role: RoleKeySchema,
  regionCode: MunicipalityCodeSchema.nullable(),
  municipalityCode: MunicipalityCodeSchema.nullable(),
})
export type RoleGrantInput = z.infer<typeof RoleGrantSchema>

// A form sends one role with its regions (several for an adviser) or its municipality; empty
// selections arrive as '' or are missing without JavaScript.
const optionalCode = z.preprocess((v) => (v === '' ? undefined : v), MunicipalityCodeSchema.optional())
const codeList = z.preprocess(
  postedList,
  z.array(MunicipalityCodeSchema),
)

/** The role part of the user form, turned into grants; errors name the field to fix. */
export const RoleAssignmentSchema = z
  .object({ role: RoleKeySchema, regionCodes: codeList, municipalityCode: optionalCode })
  .superRefine((v, ctx) => {
    const scope = ROLES[v.role].scope
    if (scope === 'region' && v.regionCodes.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['regionCodes'], message: 'Kies precies één regio voor deze rol.' })
    }
    if (scope === 'assigned_regions' && v.regionCodes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['regionCodes'], message: 'Kies minstens één regio voor deze rol.' })
    }
    if (scope === 'municipality' && !v.municipalityCode) {
      ctx.addIssue({ code: 'custom', path: ['municipalityCode'], message: 'Kies de gemeente voor deze rol.' })
    }
  })
  .transform((v): RoleGrantInput[] => {
    const scope = ROLES[v.role].scope
    if (scope === 'municipality') return [{ role: v.role, regionCode: null, municipalityCode: v.municipalityCode ?? null }]
    if (scope === 'national') return [{ role: v.role, regionCode: null, municipalityCode: null }]
    return [...new Set(v.regionCodes)].map((regionCode) => ({ role: v.role, regionCode, municipalityCode: null }))
  })

/** An administrator creates a user: who, and with which role. */
export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema,
  assignment: RoleAssignmentSchema,
})
export type CreateUserInput = z.input<typeof CreateUserSchema>

/** An administrator changes a user; `version` guards against concurrent edits. */
export const UpdateUserSchema = z.object({
  userId: z.string().min(1).max(40),
  version: RecordNumberSchema,
  name: PersonNameSchema,
  isActive: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
  assignment: RoleAssignmentSchema,
})
export type UpdateUserInput = z.input<typeof UpdateUserSchema>

/** An administrator renames a region (its URL follows the name). */
export const RenameRegionSchema = z.object({
  code: MunicipalityCodeSchema,
  version: RecordNumberSchema,
  name: RegionNameSchema,
})
export type RenameRegionInput = z.input<typeof RenameRegionSchema>
