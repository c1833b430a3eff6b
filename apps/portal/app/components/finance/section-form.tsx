import { Button, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import { ConflictPanel, type ConflictRow } from '#app/components/ui/conflict-panel.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import { isSavedAgreement, type SavedAgreement } from './types.ts'

// One editable section of the financial agreement: a plain form posted to the route's action (it works
// without JavaScript), on the version the editor saw; a stale save shows the saved section beside the
// editor's input, which stays in the form.

export function SectionForm({
  section,
  label,
  version,
  failure,
  conflictRows,
  children,
}: {
  section: string
  label: string
  version: number | null
  failure: FormFailure | undefined
  conflictRows: (saved: SavedAgreement) => ConflictRow[]
  children: ReactNode
}) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === section
  const saved = failure && isSavedAgreement(failure.current) ? failure.current : undefined
  return (
    <details className="bt-plan-edit" open={failure ? true : undefined}>
      <summary>
        {label} bewerken
      </summary>
      {saved ? (
        <ConflictPanel
          title="Iemand anders heeft de financiële afspraak intussen gewijzigd"
          headingLevel={3}
          id={`conflict-${section}`}
          focusKey={saved.version}
          intro={
            <>
              <Paragraph>{failure?.formError ?? 'Uw wijziging is niet opgeslagen.'}</Paragraph>
              <Paragraph>Uw invoer staat nog in het formulier. Vergelijk hem met de opgeslagen versie en sla opnieuw op om die te vervangen.</Paragraph>
            </>
          }
          caption="Opgeslagen versie en uw invoer"
          rows={conflictRows(saved)}
        />
      ) : (
        <FormError message={failure?.formError} />
      )}
      <Form method="post" noValidate className="bt-form" aria-label={`${label} bewerken`}>
        <input type="hidden" name="intent" value={section} />
        <input type="hidden" name="version" value={version ?? 0} />
        {children}
        {/* The name says which section, in one string: a hidden span would be read as "Opslaan : …". */}
        <Button type="submit" appearance="primary-action-button" disabled={busy} aria-label={`Opslaan: ${label}`}>
          Opslaan
        </Button>
      </Form>
    </details>
  )
}

/** A select's options with an empty first choice (for a SelectField). */
export function ChoiceOptions({ options, empty }: { options: readonly { key: string; label: string }[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </>
  )
}
