import { ATTACHMENT_TYPES } from '@bt/domain'
import type { InputHTMLAttributes, Ref } from 'react'
import { FieldShell } from '#app/components/form-field.tsx'
import { formatDay, formatFileSize } from '#app/lib/format.ts'

import { NO_FILE_MESSAGE, TOO_LARGE_MESSAGE } from '#app/lib/attachment-messages.ts'

export { NO_FILE_MESSAGE, TOO_LARGE_MESSAGE }

/** What a file input accepts; the server recognises the type by content, whatever the name says. */
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt,.png,.jpg,.jpeg,.gif,.webp'

/** The file input of an attachment upload (`file`), with its hint and error; `input` adds the form's own props. */
export function AttachmentFileField({
  hint,
  error,
  ...input
}: { hint: string; error: string | undefined; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id="file" label="Bestand" hint={hint} error={error}>
      {(describedBy) => (
        <input
          id="file"
          name="file"
          type="file"
          className="bt-file"
          accept={ATTACHMENT_ACCEPT}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldShell>
  )
}

/** Said while an upload is on its way. */
export function UploadBusy({ busy }: { busy: boolean }) {
  return busy ? (
    <p className="utrecht-paragraph" role="status">
      Bezig met uploaden…
    </p>
  ) : null
}

/** A hint for an attachment field. */
export const ATTACHMENT_HINT =
  'Een pdf, Office- of ODF-document of een afbeelding (PNG, JPEG, GIF, WebP) van hoogstens 10 MB. De naam moet passen bij de inhoud.'

/** An attachment as `attachment.list` gives it (without its content). */
export interface AttachmentItem {
  id: number
  filename: string
  mediaType: string
  sizeBytes: number
  createdAt: Date | string
  createdByLabel: string
}

/** "pdf", "Word-document", … from the stored media type. */
export function fileKindLabel(mediaType: string): string {
  return Object.values(ATTACHMENT_TYPES).find((t) => t.mediaType === mediaType)?.label ?? 'bestand'
}

/** The download address of an attachment (resource route `routes/bijlagen.ts`). */
export function attachmentHref(id: number): string {
  return `/bijlagen/${id}`
}

/**
 * The files attached to a record, each a download link with its kind and size. Plain `<a>` links:
 * a download is a document request, not a client-side navigation.
 */
export function AttachmentList({ attachments, empty = 'Er zijn geen bijlagen.' }: { attachments: readonly AttachmentItem[]; empty?: string }) {
  if (attachments.length === 0) return <p className="utrecht-paragraph bt-muted">{empty}</p>
  return (
    <ul className="utrecht-unordered-list bt-attachments">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={attachmentHref(a.id)} download={a.filename}>
            {a.filename}
          </a>{' '}
          <span className="bt-muted">
            ({fileKindLabel(a.mediaType)}, {formatFileSize(a.sizeBytes)}; toegevoegd op {formatDay(a.createdAt)} door{' '}
            {a.createdByLabel})
          </span>
        </li>
      ))}
    </ul>
  )
}
