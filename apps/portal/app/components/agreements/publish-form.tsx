import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import { formatDateTime } from '#app/lib/format.ts'
import type { PostedFailure } from './types.ts'

/** Whether the current version is public, and the "Publiceren" button while it is not. */
export function PublishPanel({
  version,
  publishedRevision,
  publishedAt,
  canEdit,
  failure,
}: {
  version: number
  publishedRevision: number | null
  publishedAt: Date | string | null
  canEdit: boolean
  failure?: PostedFailure
}) {
  const busy = useNavigation().state === 'submitting'
  const mine = failure?.intent === 'publiceren' ? failure : undefined
  const upToDate = publishedRevision === version
  return (
    <section aria-labelledby="publicatie" className="bt-section bt-panel">
      <Heading2 id="publicatie">Publicatie</Heading2>
      <Paragraph>
        {publishedRevision === null
          ? 'Nog niet gepubliceerd: alleen de regio zelf en haar VNG-regioadviseur zien deze afspraak.'
          : upToDate
            ? `Versie ${version} is gepubliceerd${publishedAt ? ` op ${formatDateTime(publishedAt)}` : ''}; iedereen die is ingelogd ziet deze versie.`
            : `Versie ${publishedRevision} is gepubliceerd${publishedAt ? ` op ${formatDateTime(publishedAt)}` : ''}. De huidige versie ${version} heeft wijzigingen die nog niet gepubliceerd zijn.`}
      </Paragraph>
      <FormError message={mine?.formError ?? mine?.fieldErrors?.version?.[0]} />
      {canEdit && !upToDate ? (
        <Form method="post">
          <input type="hidden" name="version" value={version} readOnly />
          <Button type="submit" name="intent" value="publiceren" appearance="primary-action-button" disabled={busy}>
            Versie {version} publiceren
          </Button>
        </Form>
      ) : null}
    </section>
  )
}
