// Checking an indicator import file (ADR 038): the upload is read once on the server and its rows go to
// indicator.previewImport in batches, so the page can show how far the check is. The page's own action
// (without JavaScript) sends the file as one batch; the streamed check (routes/indicatoren/import-check.ts)
// in batches, writing a progress line after each. Both give the same result.
import { MAX_INDICATOR_IMPORT_BYTES, MAX_INDICATOR_IMPORT_ROWS, type PreviewIndicatorImportInput } from '@bt/domain'
import type { FormProblem } from '#app/lib/forms.ts'
import { IMPORT_PROGRESS_TYPE, progressLine, type ImportProgressMessage } from '#app/lib/import-progress.ts'
import type { ApiCaller } from './api.server.ts'
import { toFormFailure } from './forms.server.ts'
import { readSheetFile, readSheetUpload, SHEET_NO_FILE, type SheetUpload } from './sheets.server.ts'

/** Indicator files are larger than other imports (ADR 030); server.js checks the same limit first. */
const TOO_LARGE = 'Het bestand is groter dan 16 MB. Splits het, bijvoorbeeld per indicator of per jaar.'
const FILE_LIMIT = { maxBytes: MAX_INDICATOR_IMPORT_BYTES, tooLarge: TOO_LARGE }
const TOO_MANY_ROWS = `Het bestand heeft meer dan ${MAX_INDICATOR_IMPORT_ROWS.toLocaleString('nl-NL')} regels. Splits het, bijvoorbeeld per indicator of per jaar.`

/** How many errors a check lists (all are counted), as the API does per request. */
export const MAX_LISTED_ERRORS = 200

type Preview = Awaited<ReturnType<ApiCaller['indicator']['previewImport']>>
type PreviewCall = (input: PreviewIndicatorImportInput) => Promise<Preview>
type Row = Record<string, string>

/** The outcome of checking a whole file: staged under importId when it has no errors. */
export interface ImportCheck {
  importId: number | null
  rowCount: number
  errors: Preview['errors']
  errorCount: number
  counts: Preview['counts']
}

/** Rows per batch: about twenty steps of progress, each 500 to 5,000 rows (one batch of a request costs ~ one catalogue read). */
export function batchSizeFor(total: number): number {
  return Math.min(5000, Math.max(500, Math.ceil(total / 20)))
}

/**
 * Check a file's rows batch after batch under one staged import. After a refused batch the import is
 * gone; the later batches are only checked (`checkOnly`), so every error in the file is counted and
 * the first MAX_LISTED_ERRORS listed, as in one request. A missing column is named once.
 */
export async function checkInBatches(
  preview: PreviewCall,
  { filename, rows, batchSize = rows.length, onProgress }: { filename: string; rows: readonly Row[]; batchSize?: number; onProgress?: (checked: number) => void | Promise<void> },
): Promise<ImportCheck> {
  const size = Math.max(1, batchSize)
  let outcome: ImportCheck = { importId: null, rowCount: rows.length, errors: [], errorCount: 0, counts: null }
  let refused = false
  for (let start = 0; start < Math.max(rows.length, 1); start += size) {
    const batch = rows.slice(start, start + size)
    const checked = await preview({ filename, rows: batch, importId: refused ? null : outcome.importId, firstRowNumber: start + 2, checkOnly: refused })
    const errors = [...outcome.errors, ...checked.errors].slice(0, MAX_LISTED_ERRORS)
    refused ||= checked.errorCount > 0
    outcome = refused
      ? { importId: null, rowCount: rows.length, errors, errorCount: outcome.errorCount + checked.errorCount, counts: null }
      : { importId: checked.importId, rowCount: rows.length, errors, errorCount: 0, counts: checked.counts }
    await onProgress?.(Math.min(rows.length, start + size))
    if (checked.errors.some((e) => e.row === 1)) break
  }
  return outcome
}

/** An upload's file as rows (with their own numbers), or the Dutch problem for the file field and its status. */
export async function readIndicatorFile(
  upload: Extract<SheetUpload, { ok: true }>,
): Promise<{ ok: true; filename: string; rows: Row[] } | { ok: false; problem: FormProblem; status: number }> {
  const fileProblem = (message: string, status = 400) => ({ ok: false as const, problem: { fieldErrors: { file: [message] } }, status })
  if (!upload.file) return fileProblem(SHEET_NO_FILE)
  const sheet = await readSheetFile(upload.file, FILE_LIMIT)
  if (!sheet.ok) return fileProblem(sheet.message)
  if (sheet.rows.length > MAX_INDICATOR_IMPORT_ROWS) return fileProblem(TOO_MANY_ROWS)
  return { ok: true, filename: upload.file.filename, rows: sheet.rows }
}

/** The posted import form (file and fields) with the indicator import's 16 MB limit. */
export function readIndicatorUpload(request: Request) {
  return readSheetUpload(request, { maxFileBytes: MAX_INDICATOR_IMPORT_BYTES, tooLarge: TOO_LARGE })
}

/** What a check page shows: the result of the check, or the form's problem. */
export type CheckAnswer = ({ intent: 'controleren'; filename: string } & ImportCheck) | FormProblem

const STREAM_HEADERS = {
  'Content-Type': `${IMPORT_PROGRESS_TYPE}; charset=utf-8`,
  // no-transform: compression would hold the lines back until its buffer fills.
  'Cache-Control': 'no-store, no-transform',
}

/** A streamed check that ends at once (a problem with the upload itself). */
export function checkAnswerNow(answer: CheckAnswer, status: number): Response {
  return new Response(progressLine<CheckAnswer>({ type: 'done', result: answer }), { status, headers: STREAM_HEADERS })
}

/**
 * Check a file in batches as a stream of progress lines ending with the result. An API refusal
 * becomes the form's problem; anything else a general Dutch message (logged, never sent).
 * When the browser goes away, no further batch is checked.
 */
export function streamedCheck(api: ApiCaller, { filename, rows, requestId }: { filename: string; rows: readonly Row[]; requestId: string }): Response {
  const encoder = new TextEncoder()
  let cancelled = false
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: ImportProgressMessage<CheckAnswer>) => {
        if (!cancelled) controller.enqueue(encoder.encode(progressLine(message)))
      }
      send({ type: 'start', total: rows.length })
      await nextTurn()
      const answer = await checkInBatches((input) => (cancelled ? Promise.reject(new Error('cancelled')) : api.indicator.previewImport(input)), {
        filename,
        rows,
        batchSize: batchSizeFor(rows.length),
        onProgress: async (checked) => {
          send({ type: 'progress', checked, total: rows.length })
          await nextTurn()
        },
      }).then(
        (check): CheckAnswer => ({ intent: 'controleren', filename, ...check }),
        (error: unknown) => problemOf(error, requestId),
      )
      send({ type: 'done', result: answer })
      if (!cancelled) controller.close()
    },
    cancel() {
      cancelled = true
    },
  })
  return new Response(body, { headers: STREAM_HEADERS })
}

/**
 * A turn of the event loop, so the line just written leaves: on PGlite a batch is one long chain of
 * promises, and without it the socket stays corked until the whole check is done.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

function problemOf(error: unknown, requestId: string): FormProblem {
  try {
    return toFormFailure(error).body
  } catch {
    if (!(error instanceof Error && error.message === 'cancelled')) console.error(`[${requestId}] streamed import check failed`, error)
    return { formError: `Het controleren is mislukt. Probeer het opnieuw (verzoek ${requestId}).` }
  }
}
