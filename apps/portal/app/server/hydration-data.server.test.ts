// @vitest-environment node
import { createRequestHandler, UNSAFE_decodeViaTurboStream, type EntryContext, type ServerBuild } from 'react-router'
import { describe, expect, it } from 'vitest'

// ADR 052: our patch of React Router encodes a document's hydration data (turbo-stream) when the
// stream is first read, not when React Router makes it, so a page served without scripts, which
// never reads it, never pays for it. A tiny server build with one route whose loader data counts the
// reads of its field shows when the encoding happens.

let fieldReads = 0
const loaderData = () =>
  Object.defineProperty({}, 'field', {
    enumerable: true,
    get() {
      fieldReads += 1
      return 'waarde'
    },
  })

function buildWith(handleDocument: (context: EntryContext) => Promise<Response>): ServerBuild {
  const root = { id: 'root', parentId: undefined, path: '', index: undefined, caseSensitive: undefined, module: { loader: loaderData, default: () => null } }
  return {
    entry: { module: { default: (_request: Request, _status: number, _headers: Headers, context: EntryContext) => handleDocument(context) } },
    routes: { root },
    assets: {
      entry: { module: '/entry.js', imports: [] },
      routes: { root: { id: 'root', path: '', module: '/root.js', hasAction: false, hasLoader: true, hasClientAction: false, hasClientLoader: false, hasClientMiddleware: false, hasErrorBoundary: false, imports: [] } },
      url: '/manifest.js',
      version: 'test',
    },
    publicPath: '/',
    assetsBuildDirectory: '/tmp',
    future: {},
    ssr: true,
    isSpaMode: false,
    prerender: [],
    routeDiscovery: { mode: 'initial' },
  } as unknown as ServerBuild
}

describe('the hydration data of a document (patched React Router)', () => {
  it('is not encoded when nobody reads it, nor when the unread stream is cancelled', async () => {
    fieldReads = 0
    let stream: ReadableStream<Uint8Array> | undefined
    const handler = createRequestHandler(
      buildWith(async (context) => {
        stream = context.serverHandoffStream
        await new Promise((resolve) => setTimeout(resolve, 20))
        return new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } })
      }),
      'production',
    )
    const response = await handler(new Request('http://localhost/'))
    expect(response.status).toBe(200)
    expect(stream).toBeDefined()
    expect(fieldReads).toBe(0)
    await stream?.cancel()
    expect(fieldReads).toBe(0)
  })

  it('is encoded when read, with the same data', async () => {
    fieldReads = 0
    let decoded: unknown
    const handler = createRequestHandler(
      buildWith(async (context) => {
        const stream = context.serverHandoffStream
        if (!stream) throw new Error('no hydration data stream')
        decoded = (await UNSAFE_decodeViaTurboStream(stream, globalThis)).value
        return new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } })
      }),
      'production',
    )
    expect((await handler(new Request('http://localhost/'))).status).toBe(200)
    expect(fieldReads).toBe(1)
    expect(decoded).toMatchObject({ loaderData: { root: { field: 'waarde' } } })
  })
})
