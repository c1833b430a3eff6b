import { MAX_ATTACHMENT_BYTES } from '@bt/domain'
import {
  FormDataParseError,
  MaxFilesExceededError,
  MaxFileSizeExceededError,
  MaxHeaderSizeExceededError,
  MaxPartsExceededError,
  MaxTotalSizeExceededError,
  parseFormData,
  type FileUpload,
} from '@remix-run/form-data-parser'
import { NO_FILE_MESSAGE, TOO_LARGE_MESSAGE } from '#app/lib/attachment-messages.ts'
import type { ApiCaller } from './api.server.ts'
import { formDataToObject } from './forms.server.ts'

/** The name of the file input on every attachment form. */
export const ATTACHMENT_FIELD = 'file'

export const TOO_LARGE = TOO_LARGE_MESSAGE
export const NO_FILE = NO_FILE_MESSAGE
const ONE_FILE = 'Kies één bestand tegelijk.'
const UNREADABLE = 'Het formulier kon niet worden gelezen. Probeer het opnieuw.'

// Room for the multipart framing and the form's other (short) fields beside the file itself.
const FIELDS_ALLOWANCE = 64 * 1024
const MAX_REQUEST_BYTES = MAX_ATTACHMENT_BYTES + FIELDS_ALLOWANCE
// After a refusal the rest of the body is read and thrown away, so the browser gets our answer rather
// than a reset connection; past this much we stop reading and let the connection close.
const MAX_DRAIN_BYTES = 64 * 1024 * 1024

/** A file as the API's `attachment.upload` takes it. */
export interface UploadedFile {
  filename: string
  content: Uint8Array<ArrayBuffer>
}

/** A posted form with at most one attachment, or the Dutch reason it was refused before the API saw it. */
export type UploadForm =
  | { ok: true; values: Record<string, unknown>; file: UploadedFile | null }
  | { ok: false; values: Record<string, unknown>; message: string; status: 400 | 413 }

/** Read (and drop) what is left of a body, up to a cap, holding one chunk at a time. */
async function drain(request: Request): Promise<void> {
  const body = request.body
  if (!body || body.locked) return
  const reader = body.getReader()
  let read = 0
  try {
    while (read <= MAX_DRAIN_BYTES) {
      const chunk = await reader.read()
      if (chunk.done) return
      read += chunk.value.byteLength
    }
    await reader.cancel()
  } catch {
    // The client went away or sent garbage: there is nobody left to answer to.
  } finally {
    reader.releaseLock()
  }
}

function refusal(error: unknown): { message: string; status: 400 | 413 } | null {
  if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError) {
    return { message: TOO_LARGE, status: 413 }
  }
  if (error instanceof MaxFilesExceededError) return { message: ONE_FILE, status: 400 }
  if (
    error instanceof MaxPartsExceededError ||
    error instanceof MaxHeaderSizeExceededError ||
    error instanceof FormDataParseError
  ) {
    return { message: UNREADABLE, status: 400 }
  }
  return null
}

/**
 * Parse a form that may carry one attachment (field `file`), as a stream: the parser stops at
 * 10 MB (`maxFileSize`), before the file is held in memory whole, and the request as a whole may
 * not be much larger. An oversized or unreadable body comes back as a Dutch message for the field,
 * never as an exception. Plain (url-encoded) forms go through the same limits.
 *
 * The content is not checked here: `attachment.upload` recognises the type by its bytes.
 */
export async function readUploadForm(request: Request): Promise<UploadForm> {
  const declared = Number(request.headers.get('Content-Length') ?? 0)
  if (declared > MAX_REQUEST_BYTES) {
    await drain(request)
    return { ok: false, values: {}, message: TOO_LARGE, status: 413 }
  }
  const handleUpload = (upload: FileUpload) => {
    if (upload.fieldName !== ATTACHMENT_FIELD) return null
    // A file input left empty is sent as a part with no file name and no bytes (the parser names it
    // 'file-upload'). An empty file the user did choose goes on: the API answers "Het bestand is leeg."
    if (upload.size === 0 && (upload.name === '' || upload.name === 'file-upload')) return null
    return upload
  }
  let formData: FormData
  try {
    formData = await parseFormData(
      request,
      { maxFileSize: MAX_ATTACHMENT_BYTES, maxFiles: 1, maxParts: 50, maxTotalSize: MAX_REQUEST_BYTES },
      handleUpload,
    )
  } catch (error) {
    const refused = refusal(error)
    if (!refused) throw error
    await drain(request)
    return { ok: false, values: {}, ...refused }
  }
  const values = formDataToObject(formData)
  // An empty file input (no name, no bytes) arrives as a text field: it is not a value of the form.
  delete values[ATTACHMENT_FIELD]
  const entry = formData.get(ATTACHMENT_FIELD)
  const file =
    entry instanceof File
      ? { filename: entry.name, content: new Uint8Array(await entry.arrayBuffer()) }
      : null
  return { ok: true, values, file }
}

/** Where an attachment goes: an agreement or a version of the regiovisie. */
export interface AttachmentOwner {
  ownerKind: 'agreement' | 'vision_version'
  ownerId: number
}

/**
 * Hand an uploaded file to the API, which checks it by content and refuses a mislabelled or
 * unsupported one with a Dutch message for the `file` field (an INVALID error: `formAction` shows it).
 */
export function uploadAttachment(api: ApiCaller, owner: AttachmentOwner, file: UploadedFile) {
  return api.attachment.upload({ ...owner, filename: file.filename, content: file.content })
}
