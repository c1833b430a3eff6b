import { describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES, checkAttachment, cleanFilename, detectAttachmentType } from './files.ts'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

// A minimal OOXML zip: local header, then the names a Word file carries.
const docx = bytes([0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), '[Content_Types].xml', 'stuff word/document.xml')
const odt = bytes([0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), 'mimetype', 'application/vnd.oasis.opendocument.text')

describe('attachment types by content', () => {
  it('recognises pdf, images, OOXML, ODF and legacy office files', () => {
    expect(detectAttachmentType(bytes('%PDF-1.7\n'))).toBe('pdf')
    expect(detectAttachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png')
    expect(detectAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(detectAttachmentType(bytes('GIF89a'))).toBe('gif')
    expect(detectAttachmentType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp')
    expect(detectAttachmentType(docx)).toBe('docx')
    expect(detectAttachmentType(odt)).toBe('odt')
    expect(detectAttachmentType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('legacyOffice')
  })

  it('refuses executables, scripts, SVG and plain zips', () => {
    expect(detectAttachmentType(bytes('MZ\x90\x00'))).toBeNull()
    expect(detectAttachmentType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeNull()
    expect(detectAttachmentType(bytes('#!/bin/sh\n'))).toBeNull()
    expect(detectAttachmentType(bytes([0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), 'evil.exe'))).toBeNull()
  })
})

describe('checking an upload', () => {
  it('accepts a file whose name matches its content, with the media type of the content', () => {
    expect(checkAttachment('Regiovisie.PDF', bytes('%PDF-1.4'))).toEqual({ ok: true, type: 'pdf', mediaType: 'application/pdf' })
    expect(checkAttachment('besluit.docx', docx)).toMatchObject({ ok: true, type: 'docx' })
  })

  it('refuses a mislabelled file, naming what it really is', () => {
    const result = checkAttachment('besluit.pdf', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(result).toEqual({ ok: false, message: expect.stringContaining('PNG-afbeelding') })
    expect(checkAttachment('rapport.pdf', bytes('MZ'))).toMatchObject({ ok: false })
  })

  it('refuses empty and oversized files', () => {
    expect(checkAttachment('leeg.pdf', new Uint8Array())).toEqual({ ok: false, message: 'Het bestand is leeg.' })
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1)
    big.set(bytes('%PDF-'))
    expect(checkAttachment('groot.pdf', big)).toEqual({ ok: false, message: 'Het bestand is groter dan 10 MB.' })
  })

  it('cleans file names of folders and control characters', () => {
    expect(cleanFilename('C:\\Users\\x\\rapport "def".pdf')).toBe('rapport _def_.pdf')
    expect(cleanFilename('../../etc/passwd')).toBe('passwd')
    expect(cleanFilename('')).toBe('bijlage')
  })
})
