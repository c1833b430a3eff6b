import { useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import type { RowError } from '#app/components/ui/row-errors.tsx'
import { BULK_STAGE_FORM_ID, BulkRowErrors } from './bulk-stage-form.tsx'

/** What the region page's action answers to the bulk publish button. */
export type BulkPublishResult =
  | { intent: 'publiceren'; published: number; alreadyPublished: number }
  | (FormFailure & { intent: 'publiceren'; rowErrors?: RowError[] })

/**
 * Publish the agreements ticked in the list at once, beside the bulk stage change. The button joins
 * the bulk form (`form="stadium-wijzigen"`) with the ticked checkboxes and the version each row
 * showed, so it works without JavaScript and refuses an agreement changed since (nothing published).
 */
export function BulkPublishForm({ result, titles }: { result?: BulkPublishResult; titles: ReadonlyMap<number, string> }) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'publiceren'
  const failure = result && !('published' in result) ? result : undefined
  const done = result && 'published' in result ? result : undefined
  const rowErrors = failure?.rowErrors ?? []
  // 'items' (none ticked) or 'items.<n>.<field>' (a row's hidden version changed by hand)
  const idsError = Object.entries(failure?.fieldErrors ?? {}).find(([key]) => key === 'items' || key.startsWith('items.'))?.[1]?.[0]
  return (
    <section aria-labelledby="publiceren-kop" className="bt-bulk-stage">
      <h3 id="publiceren-kop" className="utrecht-heading-3">
        Meerdere afspraken publiceren
      </h3>
      {done ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            {done.published === 1 ? '1 afspraak is' : `${done.published} afspraken zijn`} gepubliceerd
            {done.alreadyPublished > 0 ? `; ${done.alreadyPublished} ${done.alreadyPublished === 1 ? 'was' : 'waren'} al gepubliceerd` : ''}.
          </p>
        </div>
      ) : null}
      {failure && rowErrors.length > 0 ? (
        <BulkRowErrors message={failure.formError ?? 'Er is niets gepubliceerd.'} rowErrors={rowErrors} titles={titles} />
      ) : null}
      {failure && rowErrors.length === 0 ? <FormError message={idsError ?? failure.formError} /> : null}
      <p className="utrecht-paragraph">
        Vink in de tabel hieronder de afspraken aan: hun huidige versie wordt zichtbaar voor andere regio&apos;s en VNG, zoals bij publiceren op
        de pagina van een afspraak. Is een afspraak intussen gewijzigd, dan wordt niets gepubliceerd.
      </p>
      <button type="submit" form={BULK_STAGE_FORM_ID} name="intent" value="publiceren" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
        Gekozen afspraken publiceren
      </button>
      {busy ? (
        <p className="utrecht-paragraph" role="status">
          Bezig met publiceren…
        </p>
      ) : null}
    </section>
  )
}
