// The portal's HTTP server: React Router's request handler behind express, so we control what
// `react-router-serve` does not: the client address for login throttling, request logs without
// one-time tokens, and security headers. Plain JavaScript: it runs the built app as is.
import { createRequestHandler } from '@react-router/express'
import compression from 'compression'
import express from 'express'

const port = Number(process.env.PORT ?? 3000)
// Behind a reverse proxy, set TRUST_PROXY (e.g. 1 or 'loopback') so req.ip is the client's address.
const trustProxy = process.env.TRUST_PROXY

const build = await import('./build/server/index.js')
const app = express()
app.disable('x-powered-by')
if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy)
app.use(compression())

app.use((req, res, next) => {
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // Keeps one-time links in the URL out of Referer headers sent to other sites.
    'Referrer-Policy': 'same-origin',
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  })
  // Set from the socket (or trusted proxy), overwriting anything the client sent.
  req.headers['x-bt-client-address'] = req.ip ?? ''
  next()
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
app.use(express.static('build/client', { maxAge: '1h' }))
app.all('*', createRequestHandler({ build, mode: process.env.NODE_ENV }))

app.listen(port, () => console.log(`Beschermd Thuis: http://localhost:${port}`))
