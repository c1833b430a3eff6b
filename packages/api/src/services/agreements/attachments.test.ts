import { type TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
let agreementId = 0
beforeAll(async () => {
  api = await createApiTest()
  agreementId = (
    await api.callerAs('region_editor').agreement.create({
      regionSlug: 'zwolle',
      fields: { title: 'Met bijlage', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] },
    })
  ).id
})
afterAll(() => api.close())

const pdf = new TextEncoder().encode('%PDF-1.7\n% een klein document\n')
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

describe('attachments', () => {
  it('store a pdf in the database and give the same bytes back to readers', async () => {
    const upload = await api.callerAs('region_editor').attachment.upload({ ownerKind: 'agreement', ownerId: agreementId, filename: '../Besluit raad.pdf', content: pdf })
    expect(upload).toMatchObject({ filename: 'Besluit raad.pdf', mediaType: 'application/pdf' })
    const file = await api.callerAs('region_viewer').attachment.download({ id: upload.id })
    expect(new Uint8Array(file.content)).toEqual(pdf)
    const list = await api.callerAs('vng_adviser').attachment.list({ ownerKind: 'agreement', ownerId: agreementId })
    expect(list).toEqual([expect.objectContaining({ filename: 'Besluit raad.pdf', sizeBytes: pdf.byteLength })])
  })

  it('refuse a mislabelled file with a field message, and store nothing', async () => {
    const error = await api.callerAs('region_editor').attachment
      .upload({ ownerKind: 'agreement', ownerId: agreementId, filename: 'foto.pdf', content: png })
      .catch((e: unknown) => e as TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect((error as TRPCError).message).toContain('PNG-afbeelding')
    expect(await api.callerAs('region_editor').attachment.list({ ownerKind: 'agreement', ownerId: agreementId })).toHaveLength(1)
  })

  it('hide the files of a draft from other regions until it is published', async () => {
    const list = api.callerAs('other_region_editor').attachment.list({ ownerKind: 'agreement', ownerId: agreementId })
    await expect(list).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await api.callerAs('region_editor').agreement.publish({ id: agreementId, version: 1 })
    expect(await api.callerAs('other_region_editor').attachment.list({ ownerKind: 'agreement', ownerId: agreementId })).toHaveLength(1)
  })
})
