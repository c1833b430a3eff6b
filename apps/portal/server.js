// The portal's HTTP server: React Router's request handler behind express, so we control what
// `react-router-serve` does not: the client address for login throttling, request logs without
// one-time tokens, and security headers. Plain JavaScript: it runs the built app as is.
import { randomBytes } from 'node:crypto'
import { createRequestHandler } from '@react-router/express'
import compression from 'compression'
import express from 'express'

const port = Number(process.env.PORT ?? 3000)
// Behind a reverse proxy, set TRUST_PROXY (e.g. 1 or 'loopback') so req.ip is the client's address.
const trustProxy = process.env.TRUST_PROXY

const build = await import('./build/server/index.js')
// Policies written in TypeScript, exported by app/entry.server.tsx (ADR 008).
const { createSecurityHeaders, CSP_NONCE_HEADER, bodyLimitFor, tooLargeAnswer, lengthRequiredAnswer, oneDrainListener } = build.entry.module
const securityHeaders = createSecurityHeaders()
const app = express()
app.disable('x-powered-by')
if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy)
app.use(compression())
// compression leaks a listener per res.once('drain'); this keeps one per response (app/server/drain.server.ts).
app.use(oneDrainListener)

app.use((req, res, next) => {
  // One CSP nonce per request, handed to entry.server.tsx in a header no client can supply.
  const nonce = randomBytes(16).toString('base64')
  res.set(securityHeaders(nonce))
  req.headers[CSP_NONCE_HEADER] = nonce
  // Set from the socket (or trusted proxy), overwriting anything the client sent.
  req.headers['x-bt-client-address'] = req.ip ?? ''
  next()
})

// After a refusal the body is read and dropped (so the browser sees our answer, not a reset
// connection), one chunk at a time; past this much the connection is closed instead.
const MAX_DRAIN_BYTES = 64 * 1024 * 1024

/** Refuse a body over its route's limit before anything reads it: 413 (411 without a length). */
app.use((req, res, next) => {
  const length = req.headers['content-length']
  if (length === undefined && req.headers['transfer-encoding'] === undefined) return next()
  const limit = bodyLimitFor(req.path)
  const answer = length === undefined ? lengthRequiredAnswer(limit) : Number(length) > limit.bytes ? tooLargeAnswer(limit) : null
  if (!answer) return next()
  let drained = 0
  req.on('data', (chunk) => {
    drained += chunk.length
    if (drained > MAX_DRAIN_BYTES) req.destroy()
  })
  res.status(answer.status).type(answer.contentType).set('Cache-Control', 'no-store').send(answer.body)
})

// Request log: method, path without one-time tokens, status, duration. Never query strings or cookies.
app.use((req, res, next) => {
  const started = process.hrtime.bigint()
  res.on('finish', () => {
    const path = req.path.replace(/^\/wachtwoord-instellen\/[^/]+/, '/wachtwoord-instellen/[verborgen]')
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    console.log(`${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)} ms`)
  })
  next()
})

app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }))
// Every file in build/client has an extension (favicon.svg): a page's path is never looked up on disk
// (a failed stat, with an error and its stack, on every page view: issue 20).
const clientFiles = express.static('build/client', { maxAge: '1h' })
app.use((req, res, next) => (/\.[^/]*$/.test(req.path) ? clientFiles(req, res, next) : next()))
app.all('*', createRequestHandler({ build, mode: process.env.NODE_ENV }))

// Open and migrate the database and start the background jobs before listening, so /healthz and the
// first page answer at once (issue 20). A database that is down is logged and the server listens
// anyway: /healthz answers 503 and the first request tries again (runtime.server.ts). One that does not
// answer at all is waited for at most DATABASE_WAIT_MS, so the server always comes up.
const DATABASE_WAIT_MS = 30_000
const opening = performance.now()
const opened = build.entry.module.startBackgroundWork().then(
  () => console.log(`Database ready in ${Math.round(performance.now() - opening)} ms`),
  (error) => console.error('Background work not started:', error.message),
)
await Promise.race([opened, new Promise((resolve) => setTimeout(resolve, DATABASE_WAIT_MS).unref())])

app.listen(port, () => console.log(`Beschermd Thuis: http://localhost:${port}`))
