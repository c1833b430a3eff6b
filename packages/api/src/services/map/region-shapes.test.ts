import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

describe('region shapes', () => {
  it('draws one closed outline per region of the indeling, inside the viewBox', async () => {
    const { regions } = await api.callerAs('anonymous').region.list()
    const shapes = await api.callerAs('anonymous').map.shapes({ onDate: '2026-03-02' })
    expect(Object.keys(shapes.paths).sort()).toEqual(regions.map((r) => r.code).sort())
    const [, , width, height] = shapes.viewBox.split(' ').map(Number)
    for (const d of Object.values(shapes.paths)) {
      expect(d).toMatch(/^M[\d.]+,[\d.]+L.*Z$/)
      const numbers = d.match(/[\d.]+/g)?.map(Number) ?? []
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(width ?? 0, height ?? 0) + 1)
    }
  })

  it('redraws under an imported indeling from its date and keeps the old outline before it', async () => {
    const admin = api.callerAs('admin')
    // Kampen (GM0166) moves from Regio Zwolle to Regio Groningen (GM0014) from 2026-07-01.
    const before = await admin.map.shapes({ onDate: '2026-03-02' })
    const csv = (await api.db.selectFrom('regionMembership').select(['municipalityCode', 'regionCode']).where('validTo', 'is', null).execute())
      .map((m) => `${m.municipalityCode},${m.municipalityCode === 'GM0166' ? 'GM0014' : m.regionCode}`)
      .join('\n')
    await admin.admin.indeling.import({ csv: `gemeentecode,centrumgemeentecode\n${csv}\n`, validFrom: '2026-07-01' })
    const after = await admin.map.shapes({ onDate: '2026-07-01' })
    expect(after.paths.GM0193).not.toEqual(before.paths.GM0193)
    expect(after.paths.GM0014).not.toEqual(before.paths.GM0014)
    expect((await admin.map.shapes({ onDate: '2026-03-02' })).paths).toEqual(before.paths)
  })
})
