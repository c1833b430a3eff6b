import { describe, expect, it } from 'vitest'
import { progressLine, readCheckStream, readProgressLines, type CheckProgress } from './import-progress.ts'

/** A response whose body arrives in the given pieces, as a network may cut it. */
function chunked(pieces: string[], type = 'application/x-ndjson; charset=utf-8') {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece))
      controller.close()
    },
  })
  return new Response(body, { headers: { 'Content-Type': type } })
}

describe('readProgressLines', () => {
  it('reads complete lines and keeps the unfinished rest', () => {
    const read = readProgressLines(`${progressLine({ type: 'start', total: 10 })}{"type":"progress","checked":5,`)
    expect(read).toEqual({ messages: [{ type: 'start', total: 10 }], rest: '{"type":"progress","checked":5,' })
  })

  it('skips lines that are no message of ours', () => {
    expect(readProgressLines('<html>\n{"type":"progress","checked":-1,"total":3}\n{"type":"start"}\n\n').messages).toEqual([])
  })
})

describe('readCheckStream', () => {
  it('reports progress and returns the result, also when a line is cut between chunks', async () => {
    const text = [progressLine({ type: 'start', total: 4 }), progressLine({ type: 'progress', checked: 2, total: 4 }), progressLine({ type: 'progress', checked: 4, total: 4 }), progressLine({ type: 'done', result: { rowCount: 4 } })].join('')
    const cuts = [7, 30, 31, 80]
    const pieces = [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length))
    const seen: CheckProgress[] = []
    const done = await readCheckStream(chunked(pieces), (p) => void seen.push(p))
    expect(seen.map((p) => (p.phase === 'checking' ? p.checked : -1))).toEqual([0, 2, 4])
    expect(done).toEqual({ result: { rowCount: 4 } })
  })

  it('reads a last line without its newline', async () => {
    expect(await readCheckStream(chunked(['{"type":"done","result":7}']), () => undefined)).toEqual({ result: 7 })
  })

  it('gives nothing for an answer that is no streamed check (a login page), so the form goes to the action', async () => {
    expect(await readCheckStream(chunked(['<!doctype html>'], 'text/html'), () => undefined)).toBeUndefined()
  })
})
