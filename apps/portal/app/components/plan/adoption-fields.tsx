import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { SelectField, TextField } from '#app/components/form-field.tsx'

interface Councils {
  councils: readonly { municipalityCode: string; municipalityName: string }[]
  form: UseFormReturn<FieldValues>
  error?: string
}

/**
 * Whose council adopted: a choice among the councils this reader may record for (a region editor:
 * every member), or none at all when there is one (a municipality's signatory: their own).
 */
export function MunicipalityChoice({ councils, form, error }: Councils) {
  if (councils.length === 1) return <input type="hidden" {...form.register('municipalityCode')} />
  return (
    <SelectField id="municipalityCode" label="Gemeente" error={error} {...form.register('municipalityCode')}>
      <option value="">Kies een gemeente</option>
      {councils.map((c) => (
        <option key={c.municipalityCode} value={c.municipalityCode}>
          {c.municipalityName}
        </option>
      ))}
    </SelectField>
  )
}

/** The council decision: its date and the link to it. */
export function DecisionFields({ form, errorFor }: { form: UseFormReturn<FieldValues>; errorFor: (name: string) => string | undefined }) {
  return (
    <>
      <TextField id="decisionDate" label="Datum van het raadsbesluit" type="date" error={errorFor('decisionDate')} {...form.register('decisionDate')} />
      <TextField
        id="decisionUrl"
        label="Link naar het raadsbesluit"
        type="url"
        inputMode="url"
        hint="Het adres van het besluit op de website van de gemeente, beginnend met https://."
        className="bt-wide-input"
        error={errorFor('decisionUrl')}
        {...form.register('decisionUrl')}
      />
    </>
  )
}
