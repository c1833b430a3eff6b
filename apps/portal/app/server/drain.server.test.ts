// @vitest-environment node
import { randomBytes } from 'node:crypto'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { oneDrainListener } from './drain.server.ts'

// The real compression middleware (untyped package, so imported by name) in front of a handler that
// writes like React Router's Node adapter: on backpressure it waits with once('drain') and removes
// its listener with off('drain') when done.
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
// compression ships no types (a name TypeScript does not resolve): its default export is the
// connect-style middleware factory.
const COMPRESSION: string = 'compression'
const compression = ((await import(COMPRESSION)) as { default: () => Middleware }).default

const CHUNKS = 24
const body = randomBytes(CHUNKS * 64 * 1024) // incompressible: every write meets backpressure

async function writeLikeReactRouter(res: ServerResponse) {
  res.setHeader('Content-Type', 'text/html') // compressible
  for (let i = 0; i < CHUNKS; i++) {
    if (!res.write(body.subarray(i * 65536, (i + 1) * 65536))) {
      let onDrain = () => {}
      await new Promise<void>((resolve) => {
        onDrain = resolve
        res.once('drain', onDrain)
      })
      res.off('drain', onDrain)
    }
  }
  res.end()
}

let close: (() => void) | undefined
afterEach(() => close?.())

/** Serves the body gzip-compressed through the given middleware chain; returns the bytes received and the warnings seen. */
async function fetchThrough(chain: Middleware[]) {
  const warnings: string[] = []
  const onWarning = (warning: Error) => warnings.push(warning.name)
  process.on('warning', onWarning)
  const server = createServer((req, res) => {
    const run = (i: number): void => (i < chain.length ? chain[i]!(req, res, () => run(i + 1)) : void writeLikeReactRouter(res))
    run(0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  close = () => server.close()
  const { port } = server.address() as AddressInfo
  const received = await new Promise<Buffer>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/', headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve(Buffer.concat(chunks)))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
  await new Promise((resolve) => setImmediate(resolve)) // warnings are emitted on the next tick
  process.off('warning', onWarning)
  return { bytes: gunzipSync(received), warnings }
}

describe('one drain listener per compressed response', () => {
  // When compression fixes its bug this one fails: then oneDrainListener can go.
  it('without it, compression leaves each once(drain) on its stream (the bug it works around)', async () => {
    const { bytes, warnings } = await fetchThrough([compression()])
    expect(bytes.equals(body)).toBe(true)
    expect(warnings).toContain('MaxListenersExceededWarning')
  })

  it('with it, a response that waits on drain many times adds no listeners and sends every byte', async () => {
    const { bytes, warnings } = await fetchThrough([compression(), oneDrainListener])
    expect(bytes.equals(body)).toBe(true)
    expect(warnings).toEqual([])
  })
})
