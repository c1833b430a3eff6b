import { BUILDING_BLOCKS, LIKELIHOOD_LABELS, RISK_SCALE, SEVERITY_LABELS } from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { CheckboxGroup } from '#app/components/agreements/checkbox-group.tsx'
import { FieldShell, FormError, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'

/** The values the form starts from: a stored bottleneck, a signal to promote, or empty. */
export interface BottleneckFormValues {
  title: string
  description: string
  buildingBlocks: string[]
  regionCodes: string[]
  severity: number | string
  likelihood: number | string
  ownerUserId: string
  dueDate: string
  agreementIdsText: string
  indicatorKeysText: string
}

/** Empty values for a new bottleneck. */
export const EMPTY_BOTTLENECK: BottleneckFormValues = {
  title: '',
  description: '',
  buildingBlocks: [],
  regionCodes: [],
  severity: 3,
  likelihood: 3,
  ownerUserId: '',
  dueDate: '',
  agreementIdsText: '',
  indicatorKeysText: '',
}

/**
 * Raise or edit a bottleneck. Owner and due date only for those who manage the register. Links to
 * agreements and indicators are typed as lists ("12, 15"); the server checks that they exist.
 */
export function BottleneckForm({
  values,
  hidden,
  regions,
  owners,
  canManage,
  serverErrors,
  formError,
  submitLabel,
}: {
  values: BottleneckFormValues
  hidden: Record<string, string | number>
  regions: readonly { code: string; name: string }[]
  owners: readonly { id: string; name: string }[]
  canManage: boolean
  serverErrors: FieldErrors | undefined
  formError: string | undefined
  submitLabel: string
}) {
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors })
  const busy = useNavigation().state === 'submitting'
  const descriptionError = errorFor('description')
  const select = 'utrecht-select utrecht-select--html-select'
  // A comma-separated list of links, posted as `<list>Text`; the server reports its errors under the list's name.
  const linksField = (list: 'agreementIds' | 'indicatorKeys', label: string, hint: string) => (
    <TextField id={`${list}Text`} name={`${list}Text`} label={label} hint={hint} defaultValue={values[`${list}Text`]} error={errorFor(list)} />
  )
  const selectField = (id: 'severity' | 'likelihood' | 'ownerUserId', label: string, options: { value: string; label: string }[], hint?: string) => (
    <FieldShell id={id} label={label} hint={hint} error={errorFor(id)}>
      {(describedBy) => (
        <select id={id} className={select} aria-describedby={describedBy} aria-invalid={errorFor(id) ? true : undefined} defaultValue={String(values[id])} {...form.register(id)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
  return (
    <>
      <FormError message={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextField id="title" label="Titel" autoComplete="off" defaultValue={values.title} error={errorFor('title')} {...form.register('title')} />
        <TextAreaField
          id="description"
          label="Beschrijving"
          hint="Wat loopt vast, bij wie, en wat is er nodig?"
          error={descriptionError}
          className="bt-textarea"
          rows={6}
          defaultValue={values.description}
          {...form.register('description')}
        />
        <CheckboxGroup
          id="buildingBlocks"
          legend="Bouwstenen"
          hint="Minstens één."
          error={errorFor('buildingBlocks')}
          options={BUILDING_BLOCKS.map((b) => ({ value: b.key, label: `${b.number}. ${b.label}` }))}
          checked={values.buildingBlocks}
          register={() => form.register('buildingBlocks')}
        />
        <CheckboxGroup
          id="regionCodes"
          legend="Regio's"
          hint="De regio's die het knelpunt raakt; geen keuze betekent landelijk (een regio meldt voor zichzelf)."
          error={errorFor('regionCodes')}
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          checked={values.regionCodes}
          register={() => form.register('regionCodes')}
        />
        {selectField('severity', 'Ernst', RISK_SCALE.map((p) => ({ value: String(p), label: `${p} – ${SEVERITY_LABELS[p]}` })))}
        {selectField('likelihood', 'Kans', RISK_SCALE.map((p) => ({ value: String(p), label: `${p} – ${LIKELIHOOD_LABELS[p]}` })))}
        {canManage ? (
          <>
            {selectField('ownerUserId', 'Eigenaar', [{ value: '', label: 'Nog niemand' }, ...owners.map((o) => ({ value: o.id, label: o.name }))], 'Een lid van de stuurgroep, een analist of een adviseur.')}
            <TextField id="dueDate" type="date" label="Streefdatum" hint="Vandaag of later." defaultValue={values.dueDate} error={errorFor('dueDate')} {...form.register('dueDate')} />
          </>
        ) : null}
        {linksField('agreementIds', 'Gekoppelde afspraken (nummers)', "Gepubliceerde afspraken, gescheiden door komma's, bijvoorbeeld 12, 15.")}
        {linksField('indicatorKeys', 'Gekoppelde indicatoren (sleutels)', "Bijvoorbeeld waiting_list_bw, gescheiden door komma's.")}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {submitLabel}
        </Button>
      </Form>
    </>
  )
}

/** The form's values again after a failed post (what the user typed), else `base`. */
export function withPosted(base: BottleneckFormValues, posted: Record<string, unknown> | undefined): BottleneckFormValues {
  if (!posted) return base
  const text = (key: keyof BottleneckFormValues) => {
    const value = posted[key]
    return typeof value === 'string' ? value : String(base[key])
  }
  // An unchecked group posts nothing: after a post, absent means none chosen.
  const list = (key: 'buildingBlocks' | 'regionCodes') => {
    const value = posted[key]
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
    return typeof value === 'string' ? [value] : []
  }
  return {
    title: text('title'),
    description: text('description'),
    buildingBlocks: list('buildingBlocks'),
    regionCodes: list('regionCodes'),
    severity: text('severity'),
    likelihood: text('likelihood'),
    ownerUserId: text('ownerUserId'),
    dueDate: text('dueDate'),
    agreementIdsText: text('agreementIdsText'),
    indicatorKeysText: text('indicatorKeysText'),
  }
}
