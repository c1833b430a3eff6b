import { isOneOf, ROLE_KEYS, type RoleKey, ROLES } from '@bt/domain'
import { FormProvider } from 'react-hook-form'
import { Form } from 'react-router'
import { describeGrants, type GrantView, submitted, submittedList } from '#app/components/admin/shared.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { IntentButton } from '#app/components/intent-button.tsx'
import { type AssignmentDefaults, type RegionOption, RoleAssignmentFields } from '#app/components/role-assignment-fields.tsx'
import { type FieldErrors, useValidatedForm } from '#app/lib/forms.ts'

/** A user as the API returns it (`admin.users.get`, and `current` on a conflict). */
export interface UserRecord {
  id: string
  email: string
  name: string
  isActive: boolean
  version: number
  grants: GrantView[]
}

function isRoleKey(value: string): value is RoleKey {
  return isOneOf(ROLE_KEYS, value)
}

/** The one role this form edits: the user's first; its regions or municipality. */
export function assignmentOf(grants: readonly GrantView[]): AssignmentDefaults {
  const first = grants[0]
  if (!first || !isRoleKey(first.role)) return { role: '', regionCodes: [], municipalityCode: '' }
  const same = grants.filter((g) => g.role === first.role)
  return {
    role: first.role,
    regionCodes: same.flatMap((g) => (g.regionCode ? [g.regionCode] : [])),
    municipalityCode: first.municipalityCode ?? '',
  }
}

/** The profile and role form, started from `values` (the user's input after a failure) or the saved user. */
export function UserForm({
  user,
  regions,
  values,
  serverErrors,
  formError,
  busy,
}: {
  user: UserRecord
  regions: RegionOption[]
  values: Record<string, unknown> | undefined
  serverErrors: FieldErrors | undefined
  formError: string | undefined
  busy: boolean
}) {
  const { form, onSubmit, errorFor, field } = useValidatedForm({ serverErrors })
  const saved = assignmentOf(user.grants)
  const assignment: AssignmentDefaults = values
    ? {
        // Posted text: the role select offers RoleKeys only; the API checks it again.
        role: (submitted(values, 'assignment', 'role') ?? '') as RoleKey | '',
        regionCodes: submittedList(values, 'assignment', 'regionCodes') ?? [],
        municipalityCode: submitted(values, 'assignment', 'municipalityCode') ?? '',
      }
    : saved
  return (
    <FormProvider {...form}>
      <FormError message={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        <input type="hidden" defaultValue={user.id} {...form.register('userId')} />
        <input type="hidden" defaultValue={user.version} {...form.register('version')} />
        <input type="hidden" defaultValue={String(user.isActive)} {...form.register('isActive')} />
        <TextField label="Naam" autoComplete="off" defaultValue={submitted(values, 'name') ?? user.name} {...field('name')} />
        <RoleAssignmentFields regions={regions} defaults={assignment} errorFor={errorFor} />
        <IntentButton intent="opslaan" busy={busy}>
          Wijzigingen opslaan
        </IntentButton>
      </Form>
    </FormProvider>
  )
}

/** The saved role as hidden fields, for the (de)activation form. */
export function HiddenAssignment({ assignment }: { assignment: AssignmentDefaults }) {
  return (
    <>
      <input type="hidden" name="assignment.role" value={assignment.role} />
      {assignment.regionCodes.map((code) => (
        <input key={code} type="hidden" name="assignment.regionCodes" value={code} />
      ))}
      {assignment.municipalityCode ? (
        <input
          type="hidden"
          name="assignment.municipalityCode"
          value={assignment.municipalityCode}
        />
      ) : null}
    </>
  )
}

/** Whether the posted form asked for an active account. */
export function submittedActive(values: Record<string, unknown> | undefined): boolean {
  const value = submitted(values, 'isActive')
  return value === 'true' || value === 'on'
}

/** The posted role in words, for the conflict panel. */
export function describeSubmittedAssignment(
  values: Record<string, unknown> | undefined,
  regionNames: ReadonlyMap<string, string>,
): string {
  const role = submitted(values, 'assignment', 'role') ?? ''
  if (!isRoleKey(role)) return 'Geen rol'
  const scope = ROLES[role].scope
  const grants: GrantView[] =
    scope === 'region' || scope === 'assigned_regions'
      ? (submittedList(values, 'assignment', 'regionCodes') ?? []).map((regionCode) => ({
          role,
          regionCode,
          municipalityCode: null,
        }))
      : [
          {
            role,
            regionCode: null,
            municipalityCode:
              scope === 'municipality'
                ? (submitted(values, 'assignment', 'municipalityCode') ?? null)
                : null,
          },
        ]
  return describeGrants(
    grants.length ? grants : [{ role, regionCode: null, municipalityCode: null }],
    regionNames,
  ).join('; ')
}
