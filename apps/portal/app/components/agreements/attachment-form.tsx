import { Heading2 } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { AttachmentFileField, UploadBusy, AttachmentList, NO_FILE_MESSAGE, TOO_LARGE_MESSAGE, type AttachmentItem } from '#app/components/attachments.tsx'
import { FormError } from '#app/components/form-field.tsx'
import type { FormFailure } from '#app/lib/forms.ts'

/** The hint of the agreement's file field. */
export const AGREEMENT_ATTACHMENT_HINT = 'pdf, Office-document of afbeelding, hoogstens 10 MB. De naam moet passen bij de inhoud.'

const MAX_BYTES = 10 * 1024 * 1024

/**
 * The agreement's attachments for every reader, and an upload form for the region's editors. A
 * plain multipart POST (intent "bijlage"); with JavaScript an empty or oversized choice is caught
 * before sending. The server recognises the type by content and answers with a field message.
 */
export function AgreementAttachments({
  attachments,
  canUpload,
  failure,
}: {
  attachments: readonly AttachmentItem[]
  canUpload: boolean
  failure?: FormFailure
}) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'bijlage'
  const fileError = failure?.fieldErrors?.file?.[0]
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem('file')
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined
    const message = !file ? NO_FILE_MESSAGE : file.size > MAX_BYTES ? TOO_LARGE_MESSAGE : ''
    if (input instanceof HTMLInputElement) input.setCustomValidity(message)
    if (message && input instanceof HTMLInputElement) {
      event.preventDefault()
      input.reportValidity()
      input.setCustomValidity('')
    }
  }
  return (
    <section aria-labelledby="bijlagen" className="bt-section">
      <Heading2 id="bijlagen">Bijlagen</Heading2>
      <AttachmentList attachments={attachments} />
      {canUpload ? (
        <>
          <h3 id="bijlage-toevoegen" className="utrecht-heading-3">
            Bijlage toevoegen
          </h3>
          <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
          <Form method="post" encType="multipart/form-data" preventScrollReset onSubmit={onSubmit} className="bt-form" aria-labelledby="bijlage-toevoegen">
            <input type="hidden" name="intent" value="bijlage" />
            <AttachmentFileField hint={AGREEMENT_ATTACHMENT_HINT} error={fileError} />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
              Bijlage toevoegen
            </button>
            <UploadBusy busy={busy} />
          </Form>
        </>
      ) : null}
    </section>
  )
}
