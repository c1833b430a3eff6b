import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import { useValidatedForm } from '#app/lib/forms.ts'
import { CheckboxGroup } from './checkbox-group.tsx'
import type { PostedFailure } from './types.ts'

const AGREEMENT_TEXTS = {
  none: 'Deze afspraak heeft geen mede-auteurs.',
  hint: 'Alleen wie deze afspraak mag lezen: de gebruikers van de regio en haar VNG-regioadviseur. Zij krijgen een melding van wijzigingen en reacties.',
}

/** What the co-author section says of a bottleneck (the same form, another record). */
export const BOTTLENECK_CO_AUTHOR_TEXTS = {
  none: 'Dit knelpunt heeft geen mede-auteurs.',
  hint: 'Alleen wie dit knelpunt mag lezen. Mede-auteurs krijgen een melding van wijzigingen, statuswijzigingen en reacties.',
}

/**
 * A record's co-authors (an agreement's, or a bottleneck's): who they are, and for those who may
 * name them a form to choose among the record's readers. Co-authors hear of its changes and comments.
 */
export function CoAuthors({
  coAuthors,
  candidates,
  canEdit,
  failure,
  texts = AGREEMENT_TEXTS,
}: {
  coAuthors: readonly { userId: string; name: string }[]
  candidates: readonly { id: string; name: string }[]
  canEdit: boolean
  failure?: PostedFailure
  texts?: { none: string; hint: string }
}) {
  const mine = failure?.intent === 'mede-auteurs' ? failure : undefined
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors: mine?.fieldErrors })
  const busy = useNavigation().state === 'submitting'
  const chosen = coAuthors.map((c) => c.userId)
  return (
    <section aria-labelledby="mede-auteurs" className="bt-section">
      <Heading2 id="mede-auteurs">Mede-auteurs</Heading2>
      {coAuthors.length === 0 ? (
        <Paragraph>{texts.none}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {coAuthors.map((c) => (
            <li key={c.userId}>{c.name}</li>
          ))}
        </ul>
      )}
      {canEdit && candidates.length > 0 ? (
        <Form method="post" noValidate onSubmit={onSubmit}>
          <FormError message={mine?.fieldErrors?.userIds ? undefined : mine?.formError} />
          <CheckboxGroup
            id="co-author-choices"
            legend="Kies mede-auteurs"
            hint={texts.hint}
            error={errorFor('userIds')}
            options={candidates.map((c) => ({ value: c.id, label: c.name }))}
            checked={chosen}
            register={() => form.register('userIds')}
          />
          <Button type="submit" name="intent" value="mede-auteurs" appearance="secondary-action-button" disabled={busy}>
            Mede-auteurs opslaan
          </Button>
        </Form>
      ) : null}
    </section>
  )
}
