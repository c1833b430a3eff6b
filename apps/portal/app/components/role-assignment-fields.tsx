import { isOneOf, ROLE_KEYS, ROLE_SCOPE_LABELS, type RoleKey, ROLES, type RoleScope } from '@bt/domain'
import { useEffect, useRef, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { SelectField, TextField } from './form-field.tsx'

/** A region to choose from. */
export interface RegionOption {
  code: string
  name: string
}

/** The assignment a form starts with (a new user has no role yet). */
export interface AssignmentDefaults {
  role: RoleKey | ''
  regionCodes: readonly string[]
  municipalityCode: string
}

interface AssignmentFormValues {
  assignment: { role: RoleKey | ''; regionCodes: unknown; municipalityCode: unknown }
}

function isRoleKey(value: string): value is RoleKey {
  return isOneOf(ROLE_KEYS, value)
}

function scopeOf(role: string): RoleScope | undefined {
  return isRoleKey(role) ? ROLES[role].scope : undefined
}

/**
 * The role part of the user form (`assignment.role`, `assignment.regionCodes`,
 * `assignment.municipalityCode`, see `RoleAssignmentSchema`), inside a react-hook-form
 * `FormProvider`. Without JavaScript every field is shown and the schema decides which one counts;
 * with JavaScript only the fields the chosen role needs are shown (the others are disabled, so they
 * are neither checked nor sent).
 */
export function RoleAssignmentFields({
  regions,
  defaults,
  errorFor,
}: {
  regions: readonly RegionOption[]
  defaults: AssignmentDefaults
  errorFor: (name: string) => string | undefined
}) {
  const { register } = useFormContext<AssignmentFormValues>()
  const roleElement = useRef<HTMLSelectElement | null>(null)
  // null until the page is interactive: read the select then, in case it changed before hydration.
  const [liveRole, setLiveRole] = useState<string | null>(null)
  useEffect(() => {
    setLiveRole(roleElement.current?.value ?? '')
  }, [])

  const role = liveRole ?? defaults.role
  const scope = scopeOf(role)
  const interactive = liveRole !== null
  const showRegions = !interactive || scope === 'region' || scope === 'assigned_regions'
  const showMunicipality = !interactive || scope === 'municipality'

  const roleField = register('assignment.role')
  const regionField = register('assignment.regionCodes', { disabled: !showRegions })
  const municipalityField = register('assignment.municipalityCode', { disabled: !showMunicipality })

  const roleError = errorFor('assignment.role')
  const regionError = errorFor('assignment.regionCodes')
  const regionHint =
    scope === 'region' && interactive
      ? `Kies precies één regio voor de rol ${ROLES.region_editor.label.toLowerCase()} of ${ROLES.region_viewer.label.toLowerCase()}.`
      : scope === 'assigned_regions' && interactive
        ? "Kies één of meer regio's die deze adviseur begeleidt."
        : `Voor ${ROLES.region_editor.label.toLowerCase()} en ${ROLES.region_viewer.label.toLowerCase()}: precies één regio. Voor ${ROLES.vng_adviser.label}: één of meer regio's. Andere rollen: niets aanvinken.`

  return (
    <div className="bt-assignment">
      <SelectField
        id="assignment-role"
        label="Rol"
        hint={
          isRoleKey(role)
            ? `${ROLES[role].description} (${ROLE_SCOPE_LABELS[ROLES[role].scope]}.)`
            : 'Kies de rol van deze gebruiker.'
        }
        error={roleError}
        defaultValue={defaults.role}
        {...roleField}
        ref={(element) => {
          roleField.ref(element)
          roleElement.current = element
        }}
        onChange={(event) => {
          setLiveRole(event.target.value)
          void roleField.onChange(event)
        }}
      >
        {defaults.role === '' ? <option value="">Kies een rol</option> : null}
        {ROLE_KEYS.map((key) => (
          <option key={key} value={key}>
            {ROLES[key].label}
          </option>
        ))}
      </SelectField>

      <details className="bt-roles-help">
        <summary>Wat mag elke rol?</summary>
        <dl>
          {ROLE_KEYS.map((key) => (
            <div key={key}>
              <dt>
                {ROLES[key].label}{' '}
                <span className="bt-muted">
                  ({ROLE_SCOPE_LABELS[ROLES[key].scope].toLowerCase()})
                </span>
              </dt>
              <dd>{ROLES[key].description}</dd>
            </div>
          ))}
        </dl>
      </details>

      <fieldset
        className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bt-fieldset${regionError ? ' utrecht-form-fieldset--invalid' : ''}`}
        hidden={!showRegions}
        aria-describedby={['assignment-regions-hint', regionError ? 'assignment-regions-error' : '']
          .filter(Boolean)
          .join(' ')}
        aria-invalid={regionError ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {scope === 'region' && interactive ? 'Regio' : "Regio's"}
        </legend>
        <div
          className="utrecht-form-field__description bt-field__hint"
          id="assignment-regions-hint"
        >
          {regionHint}
        </div>
        {regionError ? (
          <div
            className="utrecht-form-field-error-message bt-field__error"
            id="assignment-regions-error"
          >
            {regionError}
          </div>
        ) : null}
        <ul className="bt-checkbox-list">
          {regions.map((region) => (
            <li key={region.code} className="utrecht-form-field utrecht-form-field--checkbox">
              <input
                type="checkbox"
                id={`assignment-region-${region.code}`}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                value={region.code}
                defaultChecked={defaults.regionCodes.includes(region.code)}
                {...regionField}
              />{' '}
              <label
                className="utrecht-form-label utrecht-form-label--checkbox"
                htmlFor={`assignment-region-${region.code}`}
              >
                {region.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div hidden={!showMunicipality}>
        <TextField
          id="assignment-municipality"
          label="Gemeente (gemeentecode)"
          hint={`Alleen voor de rol ${ROLES.municipality_signatory.label.toLowerCase()}: GM en vier cijfers, bijvoorbeeld GM0166 voor Kampen.`}
          autoComplete="off"
          spellCheck={false}
          defaultValue={defaults.municipalityCode}
          error={errorFor('assignment.municipalityCode')}
          {...municipalityField}
        />
      </div>

      {interactive && scope === 'national' ? (
        <p className="utrecht-paragraph bt-muted">
          Deze rol geldt landelijk: er hoort geen regio of gemeente bij.
        </p>
      ) : null}
    </div>
  )
}
