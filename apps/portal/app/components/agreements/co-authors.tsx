import { SetCoAuthorsSchema } from '@bt/domain'
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import { useValidatedForm } from '#app/lib/forms.ts'
import { CheckboxGroup } from './checkbox-group.tsx'
import type { PostedFailure } from './types.ts'

const CoAuthorFieldsSchema = SetCoAuthorsSchema.pick({ userIds: true })

/**
 * An agreement's co-authors: who they are, and for the region's editors a form to name them among
 * the agreement's readers. Co-authors hear of its changes and comments.
 */
export function CoAuthors({
  coAuthors,
  candidates,
  canEdit,
  failure,
}: {
  coAuthors: readonly { userId: string; name: string }[]
  candidates: readonly { id: string; name: string }[]
  canEdit: boolean
  failure?: PostedFailure
}) {
  const mine = failure?.intent === 'mede-auteurs' ? failure : undefined
  const { form, onSubmit, errorFor } = useValidatedForm(CoAuthorFieldsSchema, { serverErrors: mine?.fieldErrors })
  const busy = useNavigation().state === 'submitting'
  const chosen = coAuthors.map((c) => c.userId)
  return (
    <section aria-labelledby="mede-auteurs" className="bt-section">
      <Heading2 id="mede-auteurs">Mede-auteurs</Heading2>
      {coAuthors.length === 0 ? (
        <Paragraph>Deze afspraak heeft geen mede-auteurs.</Paragraph>
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
            hint="Alleen wie deze afspraak mag lezen: de gebruikers van de regio en haar VNG-regioadviseur. Zij krijgen een melding van wijzigingen en reacties."
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
