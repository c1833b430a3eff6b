// The scenario parameters: a react-hook-form on a plain POST form, so it works without JavaScript
// (the route action checks the same ScenarioParametersSchema). Not a route module.
import {
  RETENTION_KINDS,
  RETENTION_KIND_LABELS,
  SCHEDULE_KINDS,
  SCHEDULE_KIND_LABELS,
  SHARE_BASES,
  SHARE_BASE_LABELS,
  SHARING_MODEL_KINDS,
  SHARING_MODEL_LABELS,
  ScenarioParametersSchema,
  WLZ_ORIGINS,
  WLZ_ORIGIN_LABELS,
  type ScenarioFormValues,
} from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { Form, useNavigation } from 'react-router'
import { FieldShell, FormError, TextField } from '#app/components/form-field.tsx'
import type { FieldErrors } from '#app/lib/forms.ts'
import { useValidatedForm } from '#app/lib/forms.ts'

interface Props {
  defaults: ScenarioFormValues
  regions: readonly { code: string; name: string }[]
  serverErrors?: FieldErrors | null
  formError?: string
  macroHint: string
  hasWmoIntegrationPayment: boolean
}

const text = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
const list = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : []

function Fieldset({
  legend,
  children,
  hint,
}: {
  legend: string
  children: ReactNode
  hint?: ReactNode
}) {
  return (
    <fieldset className="utrecht-form-fieldset bt-fieldset">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? <p className="utrecht-paragraph bt-field__hint">{hint}</p> : null}
      <div className="bt-form-grid">{children}</div>
    </fieldset>
  )
}

/** A group of radio buttons or checkboxes with one legend and one error. */
function ChoiceGroup({
  name,
  legend,
  error,
  className,
  children,
}: {
  name: string
  legend: string
  error?: string
  className?: string
  children: ReactNode
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset bt-choice-group ${className ?? ''}`}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend bt-choice-group__legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field__error-message bt-field__error" id={`${name}-error`}>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  )
}

export function ScenarioForm({
  defaults,
  regions,
  serverErrors,
  formError,
  macroHint,
  hasWmoIntegrationPayment,
}: Props) {
  const { form, onSubmit, errorFor } = useValidatedForm(ScenarioParametersSchema, {
    defaultValues: defaults as never,
    serverErrors,
  })
  const busy = useNavigation().state === 'submitting'
  const field = (
    name: string,
    label: string,
    hint?: ReactNode,
    inputMode: 'decimal' | 'numeric' = 'decimal',
  ) => (
    <TextField
      id={name}
      label={label}
      hint={hint}
      inputMode={inputMode}
      defaultValue={text(defaults[name])}
      error={errorFor(name)}
      {...form.register(name as never)}
    />
  )
  const select = (
    name: string,
    label: string,
    options: readonly { value: string; label: string }[],
    hint?: string,
  ) => {
    const error = errorFor(name)
    return (
      <FieldShell id={name} label={label} hint={hint} error={error}>
        {(describedBy) => (
          <select
            id={name}
            className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
            defaultValue={text(defaults[name])}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...form.register(name as never)}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
    )
  }
  const radios = (
    name: string,
    legend: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <ChoiceGroup name={name} legend={legend} error={errorFor(name)} className="bt-form-grid__wide">
      {options.map((o) => (
        <div key={o.value} className="utrecht-form-field utrecht-form-field--radio bt-choice">
          <input
            type="radio"
            id={`${name}-${o.value}`}
            value={o.value}
            className="utrecht-radio-button utrecht-radio-button--html-input"
            defaultChecked={text(defaults[name]) === o.value}
            {...form.register(name as never)}
          />
          <label
            htmlFor={`${name}-${o.value}`}
            className="utrecht-form-label utrecht-form-label--radio"
          >
            {o.label}
          </label>
        </div>
      ))}
    </ChoiceGroup>
  )
  const checkbox = (name: string, label: string) => (
    <div className="utrecht-form-field utrecht-form-field--checkbox bt-choice">
      {/* Unticked boxes send nothing: the hidden "false" makes "no" explicit. */}
      <input type="hidden" name={name} value="false" />
      <input
        type="checkbox"
        id={name}
        value="true"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        defaultChecked={text(defaults[name]) !== 'false'}
        {...form.register(name as never)}
      />
      <label htmlFor={name} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  )
  const origins = list(defaults.wlzOrigins)
  const scopeOptions = [
    { value: 'nation', label: 'Landelijk (alle regio’s)' },
    ...regions.map((r) => ({ value: r.code, label: r.name })),
  ]

  return (
    <Form
      method="post"
      noValidate
      onSubmit={onSubmit}
      className="bt-form bt-scenario-form"
      aria-labelledby="parameters"
    >
      <FormError message={formError} />
      <Fieldset legend="Wat rekent u door?">
        {select('scope', 'Landelijk of een regio', scopeOptions)}
        {field(
          'budgetYear',
          'Begrotingsjaar',
          'Het jaar waarvoor de verdeling en het verdeelmodel worden getoond.',
          'numeric',
        )}
        {field('macroBudgetEuros', 'Macrobudget (euro)', macroHint)}
        {field(
          'nationalPurchasingEuros',
          'Landelijke inkoop (euro)',
          'Vooraf afgetrokken; ongeveer € 1,8 miljoen voor vijf zeer gespecialiseerde aanbieders.',
        )}
        {field(
          'wlzWithdrawalPercent',
          'Wlz-uitname vooraf (%)',
          '30% in 2021, over de centrumgemeenten naar hun historische aandeel.',
        )}
      </Fieldset>

      <Fieldset
        legend="Ingroeipad"
        hint="Jaar nul is 100% historisch; na de laatste stap is de verdeling helemaal objectief."
      >
        {field('startYear', 'Jaar van stap 1', 'Jaar nul is het jaar ervoor.', 'numeric')}
        {field('steps', 'Aantal stappen (1 tot en met 30)', 'Standaard 10.', 'numeric')}
        {radios(
          'scheduleKind',
          'Hoe loopt het pad?',
          SCHEDULE_KINDS.map((k) => ({ value: k, label: SCHEDULE_KIND_LABELS[k] })),
        )}
        {field(
          'existingClients',
          'Bestaande cliënten per stap (bij uitstroom)',
          'Voor jaar nul en elke stap, gescheiden door puntkomma’s, aflopend naar 0; bijvoorbeeld 1000; 800; 550; 300; 0.',
        )}
        {field(
          'customFractions',
          'Percentage objectief per stap (bij eigen percentages)',
          'Voor jaar nul en elke stap, van 0 oplopend naar 100; bijvoorbeeld 0; 10; 30; 60; 100.',
        )}
      </Fieldset>

      <Fieldset
        legend="Verdeling binnen de regio"
        hint="Alleen voor een regio. Velden die niet bij het gekozen model horen, worden niet gebruikt."
      >
        {select(
          'sharingModel',
          'Verdeelmodel',
          SHARING_MODEL_KINDS.map((k) => ({ value: k, label: SHARING_MODEL_LABELS[k] })),
        )}
        {field(
          'actualCostsPercent',
          'Werkelijke kosten (% van het regiobudget)',
          'Bij inwoners met reserve en passend aandeel: onder 100% is er een overschot.',
        )}
        {field('reserveBalanceEuros', 'Stand van de bestemmingsreserve (euro)')}
        {field(
          'reserveCapEuros',
          'Plafond van de bestemmingsreserve (euro)',
          'Gooi en Vechtstreek: € 2 miljoen.',
        )}
        {select(
          'shareBase',
          'Basis van het passend aandeel',
          SHARE_BASES.filter((b) => hasWmoIntegrationPayment || b !== 'wmoIntegrationPayment').map(
            (b) => ({ value: b, label: SHARE_BASE_LABELS[b] }),
          ),
        )}
        {radios(
          'retentionKind',
          'Inhouding door de centrumgemeente',
          RETENTION_KINDS.map((k) => ({ value: k, label: RETENTION_KIND_LABELS[k] })),
        )}
        {field('retentionPercent', 'Inhouding (%)', 'IJssel-Vecht: ongeveer 2,5%.')}
        {field(
          'retentionCapEuros',
          'Hoogstens (euro, mag leeg)',
          'Convenant 2023: € 2.324.582 voor BW.',
        )}
        {field('retentionFixedEuros', 'Vast bedrag van de inhouding (euro)')}
        {field(
          'bedCostsPercent',
          'Kosten van de bedden (% van het regiobudget)',
          'Bij compensatie achteraf (Midden-Holland).',
        )}
        {field(
          'localSupportPercent',
          'Lokaal betaalde ondersteuning (% van het objectieve budget per gemeente)',
        )}
      </Fieldset>

      <Fieldset legend="Wlz-verrekening achteraf">
        <ChoiceGroup
          name="wlzOrigins"
          legend="Welke cliënten tellen mee?"
          error={errorFor('wlzOrigins')}
          className="bt-form-grid__wide"
        >
          {/* Sent even when nothing is ticked, so the action can say that at least one is needed. */}
          <input type="hidden" name="wlzOrigins" value="" />
          {WLZ_ORIGINS.map((origin) => (
            <div key={origin} className="utrecht-form-field utrecht-form-field--checkbox bt-choice">
              <input
                type="checkbox"
                id={`wlzOrigins-${origin}`}
                value={origin}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                defaultChecked={origins.includes(origin)}
                {...form.register('wlzOrigins' as never)}
              />
              <label
                htmlFor={`wlzOrigins-${origin}`}
                className="utrecht-form-label utrecht-form-label--checkbox"
              >
                {WLZ_ORIGIN_LABELS[origin]}
              </label>
            </div>
          ))}
        </ChoiceGroup>
        <div className="bt-form-grid__wide">
          {checkbox('wlzExtrapolate', 'Kosten doortrekken naar een heel jaar')}
          {checkbox('wlzDeductLostOwnContributions', 'Gemiste eigen bijdragen aftrekken')}
        </div>
        {field(
          'wlzPriceYear',
          'Prijspeil (jaar)',
          'Kosten worden naar het prijspeil van dit jaar geïndexeerd.',
          'numeric',
        )}
        {field('wlzIndexPercent', 'Indexatie per jaar (%)', '0: niet indexeren.')}
      </Fieldset>

      <div className="utrecht-button-group bt-button-row">
        <Button
          type="submit"
          name="intent"
          value="berekenen"
          appearance="primary-action-button"
          disabled={busy}
        >
          Berekenen
        </Button>
      </div>
      {busy ? (
        <p className="utrecht-paragraph" role="status">
          Bezig met rekenen…
        </p>
      ) : null}
    </Form>
  )
}
