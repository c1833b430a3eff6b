// React Router's default Node entry (@react-router/dev defaults/entry.server.node.tsx), plus a
// Content-Security-Policy nonce per document. It also hands server.js, which runs the built app
// as plain JavaScript, the policies that live in TypeScript: security headers and body limits, and
// the start and stop of the background jobs (ADR 011).
import { randomBytes } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable } from '@react-router/node'
import { isbot } from 'isbot'
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from 'react-dom/server'
import { ServerRouter, type EntryContext } from 'react-router'
import { getRuntime } from './server/runtime.server.ts'
import { contentSecurityPolicy, CSP_NONCE_HEADER } from './server/security-headers.server.ts'

export { bodyLimitFor, lengthRequiredAnswer, tooLargeAnswer } from './server/body-limits.server.ts'
export { oneDrainListener } from './server/drain.server.ts'
export { createSecurityHeaders, CSP_NONCE_HEADER } from './server/security-headers.server.ts'

export const streamTimeout = 5_000

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  // https://httpwg.org/specs/rfc9110.html#HEAD
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders })
  }
  // The request's nonce: ServerRouter puts it on every inline script React Router writes (hydration
  // data, Scripts, ScrollRestoration), and the CSP allows only those. server.js made it and sent the
  // CSP; under `react-router dev` there is no server.js, so the policy is set here.
  let nonce = request.headers.get(CSP_NONCE_HEADER)
  if (!nonce) {
    nonce = randomBytes(16).toString('base64')
    responseHeaders.set('Content-Security-Policy', contentSecurityPolicy(nonce))
  }

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const userAgent = request.headers.get('user-agent')
    // Bots and SPA mode wait for all content before the response starts.
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady'
    // Abort after `streamTimeout` so the rejected boundaries still flush.
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000)

    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} nonce={nonce} />, {
      nonce,
      [readyOption]() {
        shellRendered = true
        const body = new PassThrough({
          final(callback) {
            clearTimeout(timeoutId)
            timeoutId = undefined
            // The hydration data is encoded when first read (patched React Router, ADR 052); a page
            // served without scripts never reads it, so end it here rather than at its 5 s timeout.
            const handoff = routerContext.serverHandoffStream
            if (handoff && !handoff.locked) void handoff.cancel()
            callback()
          },
        })
        responseHeaders.set('Content-Type', 'text/html')
        pipe(body)
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }))
      },
      onShellError(error: unknown) {
        reject(error instanceof Error ? error : new Error(String(error)))
      },
      onError(error: unknown) {
        responseStatusCode = 500
        // Errors in the shell are logged by handleDocumentRequest; these come later in the stream.
        if (shellRendered) console.error(error)
      },
    })
  })
}

/**
 * Start the API runtime now rather than at the first request: migrations, and the background jobs
 * (unless RUN_JOBS=0). server.js calls it after listening; worker.js runs only this (ADR 011).
 */
export async function startBackgroundWork(): Promise<void> {
  await getRuntime()
}

/** Let running jobs finish and close the database (worker.js on SIGTERM). */
export async function stopBackgroundWork(): Promise<void> {
  await (await getRuntime()).close()
}
