import { AGREEMENT_STAGES } from '@bt/domain'
import { Form, useNavigation } from 'react-router'
import { FormError, SelectField, TextAreaField } from '#app/components/form-field.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import { stageLabel } from './labels.ts'
import type { RowError } from '#app/components/ui/row-errors.tsx'

/**
 * The id of the bulk form; the list's checkboxes (and the version each row shows) join it with
 * their `form` attribute, and so does the bulk publish button.
 */
export const BULK_STAGE_FORM_ID = 'stadium-wijzigen'

/** What the region page's action answers to the bulk stage form. */
export type BulkStageResult =
  | { intent: 'stadium'; changed: number; stage: string }
  | (FormFailure & { intent: 'stadium'; rowErrors?: RowError[]; values?: Record<string, unknown> })

/**
 * Move the agreements ticked in the list to one stage (all or nothing). A plain POST form: the
 * checkboxes in the table belong to it through `form="stadium-wijzigen"`, so it works without JavaScript.
 */
export function BulkStageForm({ result, titles }: { result?: BulkStageResult; titles: ReadonlyMap<number, string> }) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'stadium'
  const failure = result && !('changed' in result) ? result : undefined
  const done = result && 'changed' in result ? result : undefined
  const stageError = failure?.fieldErrors?.stage?.[0]
  const idsError = failure?.fieldErrors?.ids?.[0]
  const reasonError = failure?.fieldErrors?.stageReason?.[0]
  const rowErrors = failure?.rowErrors ?? []
  const postedStage = typeof failure?.values?.stage === 'string' ? failure.values.stage : ''
  const postedReason = typeof failure?.values?.stageReason === 'string' ? failure.values.stageReason : ''
  return (
    <section aria-labelledby="stadium-kop" className="bt-bulk-stage">
      <h3 id="stadium-kop" className="utrecht-heading-3">
        Stadium van meerdere afspraken wijzigen
      </h3>
      {done ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            {done.changed === 1 ? '1 afspraak staat' : `${done.changed} afspraken staan`} nu op &lsquo;{stageLabel(done.stage)}&rsquo;.
          </p>
        </div>
      ) : null}
      {failure && rowErrors.length > 0 ? (
        <BulkRowErrors message={`${failure.formError ?? 'Het stadium is niet gewijzigd.'} Er is niets gewijzigd.`} rowErrors={rowErrors} titles={titles} />
      ) : null}
      {failure && !failure.fieldErrors && rowErrors.length === 0 ? <FormError message={failure.formError} /> : null}
      <p className="utrecht-paragraph">Vink in de tabel hieronder de afspraken aan en kies het nieuwe stadium.</p>
      {idsError ? (
        <p className="utrecht-form-field-error-message bt-field__error" id="ids-error">
          {idsError}
        </p>
      ) : null}
      <Form method="post" id={BULK_STAGE_FORM_ID} preventScrollReset className="bt-form bt-bulk-stage__form" aria-labelledby="stadium-kop">
        <SelectField id="bulk-stage" label="Nieuw stadium" error={stageError} name="stage" defaultValue={postedStage}>
          <option value="">Kies een stadium</option>
          {AGREEMENT_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id="bulk-reason"
          label="Reden (niet verplicht)"
          hint="Nodig als de afspraken vervallen."
          error={reasonError}
          className="bt-textarea"
          name="stageReason"
          rows={2}
          defaultValue={postedReason}
        />
        <button type="submit" name="intent" value="stadium" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
          Stadium wijzigen
        </button>
        {busy ? (
          <p className="utrecht-paragraph" role="status">
            Bezig met wijzigen…
          </p>
        ) : null}
      </Form>
    </section>
  )
}

/** A bulk action refused for some of the chosen agreements: what happened, and per agreement why. */
export function BulkRowErrors({ message, rowErrors, titles }: { message: string; rowErrors: readonly RowError[]; titles: ReadonlyMap<number, string> }) {
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{message}</p>
      <ul className="utrecht-unordered-list">
        {rowErrors.map((e, i) => (
          <li key={i}>
            {titles.get(e.row) ?? `Afspraak ${e.row}`}: {e.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
