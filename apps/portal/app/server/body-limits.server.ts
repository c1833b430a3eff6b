import { MAX_ATTACHMENT_BYTES, MAX_CALC_CSV_LENGTH, MAX_INDELING_CSV_LENGTH, MAX_INDICATOR_IMPORT_BYTES } from '@bt/domain'
import { MAX_SHEET_FILE_BYTES } from './sheets.server.ts'

/**
 * How large a request body the portal accepts, per route kind (ADR 008). server.js checks the
 * declared Content-Length against this before React Router or a parser reads a byte, so an oversized
 * body is never buffered; the routes' own parsers keep their limits as a second line.
 * A route that takes a larger upload adds its row here.
 */
export interface BodyLimit {
  kind: 'api' | 'form' | 'import' | 'attachment'
  bytes: number
  /** The limit as the Dutch 413 answer names it. */
  label: string
}

// Multipart framing and a form's short fields beside the file itself.
const FIELDS_ALLOWANCE = 64 * 1024
const MB = 1024 * 1024

/** tRPC over HTTP and every plain form: the longest text field is 50,000 characters. */
export const SMALL_BODY_BYTES = 1 * MB

const LIMITS: readonly { path: RegExp; limit: BodyLimit }[] = [
  {
    path: /^\/regio\/[^/]+\/(afspraken\/\d+|regiovisie)$/,
    limit: { kind: 'attachment', bytes: MAX_ATTACHMENT_BYTES + FIELDS_ALLOWANCE, label: '10 MB' },
  },
  {
    path: /^\/regio\/[^/]+\/afspraken\/importeren$/,
    limit: { kind: 'import', bytes: MAX_SHEET_FILE_BYTES + FIELDS_ALLOWANCE, label: '2 MB' },
  },
  {
    // Indicator values: a CBS table for every municipality over ten years (100,000 rows is about 6 MB).
    path: /^\/indicatoren\/importeren(\/controle)?$/,
    limit: { kind: 'import', bytes: MAX_INDICATOR_IMPORT_BYTES + FIELDS_ALLOWANCE, label: '16 MB' },
  },
  {
    path: /^\/beheer\/indeling$/,
    limit: { kind: 'import', bytes: MAX_INDELING_CSV_LENGTH + FIELDS_ALLOWANCE, label: '1 MB' },
  },
  {
    // Three CSV files of at most 2 MB each in one form.
    path: /^\/beheer\/rekendata$/,
    limit: { kind: 'import', bytes: 3 * MAX_CALC_CSV_LENGTH + FIELDS_ALLOWANCE, label: '3 × 2 MB' },
  },
  {
    // The rekenbestand's published amounts: one sheet, as the agreement import.
    path: /^\/beheer\/rekendata\/gepubliceerd$/,
    limit: { kind: 'import', bytes: MAX_SHEET_FILE_BYTES + FIELDS_ALLOWANCE, label: '2 MB' },
  },
  { path: /^\/api\/trpc\//, limit: { kind: 'api', bytes: SMALL_BODY_BYTES, label: '1 MB' } },
]

/** The body limit for a request path (a `.data` request counts as its page). */
export function bodyLimitFor(pathname: string): BodyLimit {
  const path = pathname.replace(/\.data$/, '').replace(/\/+$/, '') || '/'
  return LIMITS.find((entry) => entry.path.test(path))?.limit ?? { kind: 'form', bytes: SMALL_BODY_BYTES, label: '1 MB' }
}

/** An answer server.js sends as is. */
export interface PlainAnswer {
  status: number
  contentType: string
  body: string
}

const NOUN: Record<BodyLimit['kind'], string> = {
  api: 'Een verzoek aan de API',
  form: 'Een formulier',
  import: 'Een importbestand',
  attachment: 'Een bijlage',
}

function page(title: string, message: string): string {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Beschermd Thuis</title></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Naar het landelijk overzicht</a></p></main></body></html>`
}

/** tRPC's error envelope (superjson), so an API client reads a typed PAYLOAD_TOO_LARGE. */
function trpcError(message: string, status: number, code: string, rpcCode: number): string {
  return JSON.stringify({ error: { json: { message, code: rpcCode, data: { code, httpStatus: status } } } })
}

/** The 413 for a body over its limit: the Dutch page, or tRPC's typed error for the API. */
export function tooLargeAnswer(limit: BodyLimit): PlainAnswer {
  const message = `${NOUN[limit.kind]} mag hoogstens ${limit.label} groot zijn. Kies een kleiner bestand of verkort de tekst.`
  if (limit.kind === 'api') return { status: 413, contentType: 'application/json', body: trpcError(message, 413, 'PAYLOAD_TOO_LARGE', -32413) }
  return { status: 413, contentType: 'text/html; charset=utf-8', body: page('Te groot', message) }
}

/**
 * The 411 for a body without a declared length (chunked): it cannot be checked before it is read.
 * Browsers and the tRPC client always declare the length.
 */
export function lengthRequiredAnswer(limit: BodyLimit): PlainAnswer {
  const message = 'Het verzoek vermeldt zijn lengte niet (Content-Length) en wordt daarom niet gelezen.'
  if (limit.kind === 'api') return { status: 411, contentType: 'application/json', body: trpcError(message, 411, 'BAD_REQUEST', -32600) }
  return { status: 411, contentType: 'text/html; charset=utf-8', body: page('Lengte ontbreekt', message) }
}
