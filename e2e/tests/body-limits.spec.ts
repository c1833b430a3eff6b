import { request as httpRequest, type IncomingMessage } from 'node:http'
import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD } from '../fixtures/login.ts'

// Over HTTP to the built portal: every route kind has a body limit that is checked before the body
// is read, and an oversized body gets a 413 naming the limit (Dutch page, or tRPC's typed error),
// never a reset connection. No page is rendered in a browser here: nothing for axe.

interface Answer {
  status: number
  headers: IncomingMessage['headers']
  body: string
}

/**
 * Send headers that declare `declaredBytes`, then only `sentBytes` of it, and wait for the answer:
 * a server that checks the length first answers without waiting for the rest.
 */
function post(url: string, options: { headers: Record<string, string>; declaredBytes?: number; sentBytes: number; chunked?: boolean }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const headers: Record<string, string> = { Origin: target.origin, ...options.headers }
    if (!options.chunked) headers['Content-Length'] = String(options.declaredBytes ?? options.sentBytes)
    const req = httpRequest(target, { method: 'POST', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.write(Buffer.alloc(options.sentBytes, 'a'))
    // With a declared length larger than what was sent, the request stays open: the answer must come anyway.
    if (options.chunked || options.declaredBytes === undefined) req.end()
    setTimeout(() => req.destroy(), 10_000).unref()
  })
}

const MB = 1024 * 1024

async function signIn(baseURL: string): Promise<string> {
  const response = await fetch(`${baseURL}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: DEMO.region_editor, password: DEMO_PASSWORD }),
  })
  return (response.headers.getSetCookie()[0] ?? '').split(';')[0] as string
}

test.describe('body limits', () => {
  test('a 100 MB tRPC post is refused with a typed 413 before its body is read', async ({ baseURL }) => {
    const answer = await post(`${baseURL}/api/trpc/agreement.addComment`, {
      headers: { 'Content-Type': 'application/json' },
      declaredBytes: 100 * MB,
      sentBytes: 64 * 1024,
    })
    expect(answer.status).toBe(413)
    const error = JSON.parse(answer.body).error.json
    expect(error.data).toEqual({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 })
    expect(error.message).toContain('1 MB')
  })

  test('a form post over 1 MB (the login) gets the Dutch 413 page', async ({ baseURL }) => {
    const answer = await post(`${baseURL}/inloggen`, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      declaredBytes: 100 * MB,
      sentBytes: 64 * 1024,
    })
    expect(answer.status).toBe(413)
    expect(answer.headers['content-type']).toContain('text/html')
    expect(answer.body).toContain('<h1>Te groot</h1>')
    expect(answer.body).toContain('Een formulier mag hoogstens 1 MB groot zijn.')
  })

  test('an oversized spreadsheet import answers 413 naming 2 MB, not a reset connection', async ({ baseURL }) => {
    const cookie = await signIn(baseURL as string)
    // The whole 3 MB body is sent: the answer must arrive although the server does not use it.
    const answer = await post(`${baseURL}/regio/zwolle/afspraken/importeren`, {
      headers: { Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=x' },
      sentBytes: 3 * MB,
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Een importbestand mag hoogstens 2 MB groot zijn.')
  })

  test('an indicator import takes up to 16 MB and answers 413 naming 16 MB above it', async ({ baseURL }) => {
    const cookie = await signIn(baseURL as string)
    const answer = await post(`${baseURL}/indicatoren/importeren`, {
      headers: { Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=x' },
      declaredBytes: 17 * MB,
      sentBytes: 64 * 1024,
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Een importbestand mag hoogstens 16 MB groot zijn.')
  })

  test('an attachment over 10 MB answers 413 naming 10 MB', async ({ baseURL }) => {
    const cookie = await signIn(baseURL as string)
    const answer = await post(`${baseURL}/regio/zwolle/regiovisie`, {
      headers: { Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=x' },
      declaredBytes: 11 * MB,
      sentBytes: 64 * 1024,
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Een bijlage mag hoogstens 10 MB groot zijn.')
  })

  test('a body without a declared length is refused with 411 before it is read', async ({ baseURL }) => {
    const api = await post(`${baseURL}/api/trpc/agreement.addComment`, { headers: { 'Content-Type': 'application/json' }, sentBytes: 10, chunked: true })
    expect(api.status).toBe(411)
    const form = await post(`${baseURL}/inloggen`, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, sentBytes: 10, chunked: true })
    expect(form.status).toBe(411)
    expect(form.body).toContain('Content-Length')
  })
})
