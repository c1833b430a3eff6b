import { BulkPublishSchema } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, refusal } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
const FIELDS = { nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }
const made: { id: number; version: number }[] = []
beforeAll(async () => {
  api = await createApiTest()
  for (const title of ['Bulk een', 'Bulk twee', 'Bulk drie']) {
    const a = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: { ...FIELDS, title } })
    made.push({ id: a.id, version: a.version })
  }
})
afterAll(() => api.close())

const agreement = () => api.callerAs('region_editor').agreement
const published = async () => (await api.callerAs('vng_analyst').region.agreements({ slug: 'zwolle' })).agreements.map((a) => a.id)
const item = (a: { id: number; version: number }) => ({ id: a.id, version: a.version })

describe('bulk publish', () => {
  it('refuses the whole selection when one was changed since the editor saw it, naming it, and publishes nothing', async () => {
    const [a, b] = made
    if (!a || !b) throw new Error('made in beforeAll')
    await agreement().update({ id: b.id, version: b.version, fields: { ...FIELDS, title: 'Bulk twee, intussen' } })
    const error = await refusal(agreement().publishMany({ regionSlug: 'zwolle', items: [item(a), item(b)] }))
    expect(error.code).toBe('CONFLICT')
    const details = (error.cause as { details?: { rowErrors?: unknown } }).details
    expect(details?.rowErrors).toEqual([expect.objectContaining({ row: b.id, message: expect.stringContaining('"Bulk twee, intussen" is intussen gewijzigd') })])
    expect(await published()).toEqual([])
  })

  it('publishes each at the version seen, audited like a single publish, and leaves ones already public alone', async () => {
    const [a, b, c] = made
    if (!a || !b || !c) throw new Error('made in beforeAll')
    const result = await agreement().publishMany({ regionSlug: 'zwolle', items: [item(a), { id: b.id, version: b.version + 1 }] })
    expect(result).toEqual({ published: 2, alreadyPublished: 0 })
    expect((await published()).sort()).toEqual([a.id, b.id].sort())
    const audit = await api.db.selectFrom('auditLog').select(['entityId']).where('action', '=', 'agreement.published').execute()
    expect(audit.map((r) => Number(r.entityId)).sort()).toEqual([a.id, b.id].sort())
    expect(await agreement().publishMany({ regionSlug: 'zwolle', items: [item(a), item(c)] })).toEqual({ published: 1, alreadyPublished: 1 })
  })

  it('takes the selection as the portal parsed it from the form (the schema’s output is valid input again)', async () => {
    const c = made[2]
    if (!c) throw new Error('made in beforeAll')
    // the form posts text; the portal parses it with the same schema before calling the API
    const parsed = BulkPublishSchema.parse({ regionSlug: 'zwolle', items: [{ id: String(c.id), version: String(c.version) }] })
    expect(await agreement().publishMany(parsed)).toEqual({ published: 0, alreadyPublished: 1 })
  })

  it('refuses another region’s agreement and an empty selection', async () => {
    const viewer = await refusal(api.callerAs('region_viewer').agreement.publishMany({ regionSlug: 'zwolle', items: [item(made[0] ?? { id: 0, version: 0 })] }))
    expect(viewer.code).toBe('FORBIDDEN')
    const empty = await refusal(agreement().publishMany({ regionSlug: 'zwolle', items: [] }))
    expect(empty.message).toContain('Kies minstens één afspraak.')
    const stranger = await refusal(agreement().publishMany({ regionSlug: 'zwolle', items: [{ id: 999999, version: 1 }] }))
    expect(stranger.message).toContain('Er is niets gepubliceerd')
  })
})
