// @vitest-environment node
// Node's own Request, FormData and File: jsdom's File is not a Blob that undici can send.
import { MAX_ATTACHMENT_BYTES } from '@bt/domain'
import { describe, expect, it } from 'vitest'
import { NO_FILE, readUploadForm, TOO_LARGE } from './uploads.server.ts'

const PDF = new TextEncoder().encode('%PDF-1.4\n% een heel klein pdf-bestand\n%%EOF\n')

function post(body: FormData | URLSearchParams) {
  return new Request('http://localhost/regio/zwolle/regiovisie', { method: 'POST', body })
}

/** A multipart body streamed in chunks, with no Content-Length: the parser must stop on its own. */
function streamedUpload(fileBytes: number) {
  const boundary = '----bt-test-boundary'
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nbijlage\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  )
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`)
  const chunk = new Uint8Array(64 * 1024).fill(0x41)
  let sent = 0
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head)
    },
    pull(controller) {
      pulled += 1
      if (sent >= fileBytes) {
        controller.enqueue(tail)
        controller.close()
        return
      }
      const size = Math.min(chunk.byteLength, fileBytes - sent)
      sent += size
      controller.enqueue(chunk.subarray(0, size))
    },
  })
  const request = new Request('http://localhost/regio/zwolle/regiovisie', {
    method: 'POST',
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
  } as RequestInit)
  return { request, pulls: () => pulled }
}

describe('readUploadForm', () => {
  it('gives the fields and the file with its name and bytes', async () => {
    const form = new FormData()
    form.set('intent', 'bijlage')
    form.set('versionId', '7')
    form.set('file', new File([PDF], 'regiovisie.pdf', { type: 'application/pdf' }))
    const result = await readUploadForm(post(form))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.values).toEqual({ intent: 'bijlage', versionId: '7' })
    expect(result.file?.filename).toBe('regiovisie.pdf')
    expect(result.file?.content).toEqual(PDF)
  })

  it('treats an empty file input as no file', async () => {
    const form = new FormData()
    form.set('intent', 'bijlage')
    form.set('file', new File([], '', { type: 'application/octet-stream' }))
    const result = await readUploadForm(post(form))
    expect(result).toMatchObject({ ok: true, file: null })
    expect(NO_FILE).toMatch(/Kies een bestand/)
  })

  it('passes on an empty file the user did choose, for the API to refuse by name', async () => {
    const form = new FormData()
    form.set('file', new File([], 'leeg.pdf', { type: 'application/pdf' }))
    const result = await readUploadForm(post(form))
    expect(result.ok && result.file).toEqual({ filename: 'leeg.pdf', content: new Uint8Array() })
  })

  it('reads plain url-encoded forms too', async () => {
    const result = await readUploadForm(post(new URLSearchParams({ intent: 'versie', title: 'Regiovisie 2027' })))
    expect(result).toEqual({ ok: true, values: { intent: 'versie', title: 'Regiovisie 2027' }, file: null })
  })

  it('refuses a file one byte over 10 MB with a Dutch message, not an exception', async () => {
    const form = new FormData()
    form.set('intent', 'bijlage')
    form.set('file', new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'groot.pdf', { type: 'application/pdf' }))
    const result = await readUploadForm(post(form))
    expect(result).toEqual({ ok: false, values: {}, message: TOO_LARGE, status: 413 })
  })

  it('accepts a file of exactly 10 MB', async () => {
    const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES)
    bytes.set(PDF)
    const form = new FormData()
    form.set('file', new File([bytes], 'precies.pdf', { type: 'application/pdf' }))
    const result = await readUploadForm(post(form))
    expect(result.ok && result.file?.content.byteLength).toBe(MAX_ATTACHMENT_BYTES)
  })

  it('stops at the limit while streaming a body without Content-Length, and reads the rest away', async () => {
    const { request, pulls } = streamedUpload(MAX_ATTACHMENT_BYTES + 5 * 64 * 1024)
    const result = await readUploadForm(request)
    expect(result).toMatchObject({ ok: false, message: TOO_LARGE, status: 413 })
    // Every chunk was pulled: the rest of the body was drained so the client gets the answer.
    expect(pulls()).toBeGreaterThan(MAX_ATTACHMENT_BYTES / (64 * 1024))
    expect(request.body?.locked).toBe(false)
  })

  it('refuses a declared Content-Length over the limit before parsing', async () => {
    const request = new Request('http://localhost/x', {
      method: 'POST',
      body: 'x',
      headers: { 'Content-Type': 'multipart/form-data; boundary=b', 'Content-Length': String(MAX_ATTACHMENT_BYTES * 2) },
    })
    expect(await readUploadForm(request)).toMatchObject({ ok: false, message: TOO_LARGE, status: 413 })
  })

  it('refuses two files in one form', async () => {
    const form = new FormData()
    form.append('file', new File([PDF], 'a.pdf'))
    form.append('file', new File([PDF], 'b.pdf'))
    expect(await readUploadForm(post(form))).toMatchObject({ ok: false, status: 400 })
  })
})
