// The check of a large import file, streamed from the server to the page (ADR 038): the server reads
// the file once and checks it in batches; after each batch it writes one JSON line, so the page shows
// "X van Y rijen gecontroleerd" and then the result. Shared by the server (writing) and the page (reading).

/** The content type of a streamed check: one JSON message per line. */
export const IMPORT_PROGRESS_TYPE = 'application/x-ndjson'

/** One line of a streamed check: how many rows there are, how many are checked, and at last the result. */
export type ImportProgressMessage<TResult> =
  | { type: 'start'; total: number }
  | { type: 'progress'; checked: number; total: number }
  | { type: 'done'; result: TResult }

/** How far a check is: still reading the file (no row count yet), or rows checked of all. */
export type CheckProgress = { phase: 'reading' } | { phase: 'checking'; checked: number; total: number }

/** One message as a line of the stream. */
export function progressLine<TResult>(message: ImportProgressMessage<TResult>): string {
  return `${JSON.stringify(message)}\n`
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

/** A parsed line as a message, or null when it is none (the result itself is the server's, not checked here). */
export function toProgressMessage(value: unknown): ImportProgressMessage<unknown> | null {
  if (!isRecord(value)) return null
  if (value.type === 'start' && isCount(value.total)) return { type: 'start', total: value.total }
  if (value.type === 'progress' && isCount(value.checked) && isCount(value.total)) return { type: 'progress', checked: value.checked, total: value.total }
  if (value.type === 'done' && 'result' in value) return { type: 'done', result: value.result }
  return null
}

/** The complete lines of received text as messages, and the unfinished rest to prepend to the next chunk. */
export function readProgressLines(received: string): { messages: ImportProgressMessage<unknown>[]; rest: string } {
  const lines = received.split('\n')
  const rest = lines.pop() ?? ''
  const messages = lines.flatMap((line) => {
    if (line.trim() === '') return []
    try {
      const message = toProgressMessage(JSON.parse(line))
      return message ? [message] : []
    } catch {
      return []
    }
  })
  return { messages, rest }
}

/**
 * Read a streamed check to its end, reporting progress; the result of its 'done' line, or undefined
 * when the answer is not a streamed check (a login page, a refusal by the server in front).
 */
export async function readCheckStream(response: Response, onProgress: (progress: CheckProgress) => void): Promise<{ result: unknown } | undefined> {
  if (!response.body || !(response.headers.get('Content-Type') ?? '').startsWith(IMPORT_PROGRESS_TYPE)) return undefined
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let rest = ''
  let done: { result: unknown } | undefined
  for (;;) {
    const chunk = await reader.read()
    // At the end, a last line without its newline counts too.
    const read = readProgressLines(chunk.done ? `${rest}\n` : rest + chunk.value)
    rest = read.rest
    for (const message of read.messages) {
      if (message.type === 'done') done = { result: message.result }
      else onProgress({ phase: 'checking', checked: message.type === 'start' ? 0 : message.checked, total: message.total })
    }
    if (chunk.done) break
  }
  return done
}
