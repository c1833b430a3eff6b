import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import { Notice } from '#app/components/ui/notice.tsx'

/** The publication facts the region's own readers get (outside the region: null, they see the published copy only). */
export interface ElementPublication {
  publishedVersion: number | null
  unpublishedChanges: boolean
}

/**
 * Where a plan element stands between draft and publication (ADR 005's model, issue 11 item 8), and
 * for editors the button that publishes the saved text: only then do other regions and VNG see it.
 */
export function ElementPublicationPanel({
  element,
  label,
  version,
  publication,
  canEdit,
  published,
  error,
}: {
  element: string
  label: string
  version: number | null
  publication: ElementPublication
  canEdit: boolean
  published: boolean
  error: string | undefined
}) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'publiceren'
  const state =
    publication.publishedVersion === null
      ? 'Nog niet gepubliceerd: alleen de regio ziet deze tekst.'
      : publication.unpublishedChanges
        ? 'Gepubliceerd, maar met wijzigingen die nog niet gepubliceerd zijn: anderen zien de vorige gepubliceerde tekst.'
        : 'Gepubliceerd: andere regio’s en VNG zien deze tekst.'
  return (
    <div className="bt-plan-publication">
      {published && !error ? <Notice>De tekst is gepubliceerd.</Notice> : null}
      <p className="utrecht-paragraph">
        <strong>Publicatie:</strong> {state}
      </p>
      <FormError message={error} />
      {canEdit && version !== null && publication.unpublishedChanges ? (
        <Form method="post" aria-label={`Publiceren: ${label}`}>
          <input type="hidden" name="element" value={element} />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" name="intent" value="publiceren" appearance="secondary-action-button" disabled={busy}>
            Publiceren<span className="bt-visually-hidden">: {label}</span>
          </Button>
        </Form>
      ) : null}
    </div>
  )
}
