/** Attachments may be at most 10 MB (regional-plan issue). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

/** The kinds of file the portal accepts, recognised by their content. */
export const ATTACHMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'pdf' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word-document',
  },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel-werkmap' },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PowerPoint-presentatie',
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'ODF-tekstdocument' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], label: 'ODF-rekenblad' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'], label: 'ODF-presentatie' },
  legacyOffice: { mediaType: 'application/x-ole-storage', extensions: ['doc', 'xls', 'ppt'], label: 'Office-document (oud formaat)' },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'PNG-afbeelding' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG-afbeelding' },
  gif: { mediaType: 'image/gif', extensions: ['gif'], label: 'GIF-afbeelding' },
  webp: { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP-afbeelding' },
} as const
export type AttachmentType = keyof typeof ATTACHMENT_TYPES

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length))
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b)

/** Which office format a ZIP container holds, from the names and the ODF mimetype entry inside it. */
function detectZipOffice(bytes: Uint8Array): AttachmentType | null {
  // The ODF mimetype entry is stored first and uncompressed, right after its 38-byte header.
  if (ascii(bytes, 30, 8) === 'mimetype') {
    const mime = ascii(bytes, 38, 60)
    if (mime.startsWith('application/vnd.oasis.opendocument.text')) return 'odt'
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods'
    if (mime.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp'
  }
  // OOXML: look for the part folders in the entry names (ZIP stores them as plain text).
  const text = new TextDecoder('latin1').decode(bytes)
  if (!text.includes('[Content_Types].xml')) return null
  if (text.includes('word/')) return 'docx'
  if (text.includes('xl/')) return 'xlsx'
  if (text.includes('ppt/')) return 'pptx'
  return null
}

/** The type of a file by its first bytes (magic numbers), or null for anything not accepted. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacyOffice'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZipOffice(bytes)
  return null
}

/** The verdict on an upload: accepted with its real media type, or refused with a Dutch reason. */
export type AttachmentCheck =
  | { ok: true; type: AttachmentType; mediaType: string }
  | { ok: false; message: string }

/**
 * Check an upload by its content, not its name: at most 10 MB, a pdf, office document or image, and
 * a file name whose extension matches the content (a mislabelled file is refused).
 */
export function checkAttachment(filename: string, bytes: Uint8Array): AttachmentCheck {
  if (bytes.byteLength === 0) return { ok: false, message: 'Het bestand is leeg.' }
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, message: 'Het bestand is groter dan 10 MB.' }
  const type = detectAttachmentType(bytes)
  if (!type) {
    return { ok: false, message: 'Alleen pdf, Office- en ODF-documenten en afbeeldingen (PNG, JPEG, GIF, WebP) zijn toegestaan.' }
  }
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  const expected: readonly string[] = ATTACHMENT_TYPES[type].extensions
  if (!expected.includes(extension)) {
    return {
      ok: false,
      message: `De inhoud is een ${ATTACHMENT_TYPES[type].label}, maar de naam eindigt op .${extension}. Geef het bestand de juiste extensie.`,
    }
  }
  return { ok: true, type, mediaType: ATTACHMENT_TYPES[type].mediaType }
}

/** A file name safe to store and send back: no folders, no control characters, at most 200 characters. */
export function cleanFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim()
  return (cleaned || 'bijlage').slice(-200)
}
