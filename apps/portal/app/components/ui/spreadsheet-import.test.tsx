import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { progressLine } from '#app/lib/import-progress.ts'
import { RowProgress, SheetUploadForm, useStreamedCheck } from './spreadsheet-import.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('RowProgress', () => {
  it('shows rows checked of all as a determinate bar and a polite status', () => {
    render(<RowProgress progress={{ phase: 'checking', checked: 1500, total: 4000 }} />)
    const bar = screen.getByRole('progressbar', { name: 'Voortgang van de controle' })
    expect(bar).toHaveProperty('value', 1500)
    expect(bar).toHaveProperty('max', 4000)
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('1.500 van 4.000 rijen gecontroleerd')
    expect(status.getAttribute('aria-live')).toBe('polite')
  })

  it('is indeterminate while the file is sent and read', () => {
    render(<RowProgress progress={{ phase: 'reading' }} />)
    expect(screen.getByRole('progressbar', { name: 'Bestand wordt gelezen' }).hasAttribute('value')).toBe(false)
  })
})

function CheckPage() {
  const check = useStreamedCheck<{ rowCount: number }>('/controle')
  return (
    <>
      {check.result ? <p>Resultaat: {check.result.rowCount} rijen</p> : null}
      <SheetUploadForm label="Bestand controleren" intents={['controleren']} check={check} />
    </>
  )
}

/** A streamed answer whose lines the test lets through one at a time. */
function heldBackAnswer() {
  const encoder = new TextEncoder()
  let push: (line: string) => void = () => undefined
  let end: () => void = () => undefined
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (line) => controller.enqueue(encoder.encode(line))
      end = () => controller.close()
    },
  })
  return { response: new Response(body, { headers: { 'Content-Type': 'application/x-ndjson' } }), push: (line: string) => push(line), end: () => end() }
}

describe('SheetUploadForm with a streamed check', () => {
  it('posts the form to the check, shows each batch’s progress and then the result', async () => {
    const answer = heldBackAnswer()
    const fetch = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(answer.response))
    vi.stubGlobal('fetch', fetch)
    const Stub = createRoutesStub([{ path: '/', Component: CheckPage, action: () => null }])
    render(<Stub />)
    fireEvent.submit(screen.getByRole('form', { name: 'Bestand controleren' }))
    expect(await screen.findByRole('progressbar', { name: 'Bestand wordt gelezen' })).toBeTruthy()
    expect(fetch.mock.calls[0]?.[0]).toBe('/controle')
    expect(fetch.mock.calls[0]?.[1].body).toBeInstanceOf(FormData)
    expect(screen.getByRole('button', { name: 'Controleren' })).toHaveProperty('disabled', true)

    answer.push(progressLine({ type: 'start', total: 1200 }))
    expect((await screen.findByText('0 van 1.200 rijen gecontroleerd')).getAttribute('role')).toBe('status')
    answer.push(progressLine({ type: 'progress', checked: 500, total: 1200 }))
    expect(await screen.findByText('500 van 1.200 rijen gecontroleerd')).toBeTruthy()
    answer.push(progressLine({ type: 'progress', checked: 1200, total: 1200 }) + progressLine({ type: 'done', result: { rowCount: 1200 } }))
    answer.end()
    expect(await screen.findByText('Resultaat: 1200 rijen')).toBeTruthy()
    expect(screen.getByText('1.200 van 1.200 rijen gecontroleerd')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Controleren' })).toHaveProperty('disabled', false)
  })

  it('posts the form to the page’s action when the answer is no streamed check (the session ended)', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<!doctype html><title>Inloggen</title>', { headers: { 'Content-Type': 'text/html' } })))
    const action = vi.fn(() => null)
    const Stub = createRoutesStub([{ path: '/', Component: CheckPage, action }])
    render(<Stub />)
    fireEvent.submit(screen.getByRole('form', { name: 'Bestand controleren' }))
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('progressbar', { name: 'Bestand wordt gelezen' })).toBeNull()
  })
})
