import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest } from '../../testing.ts'

// The indicator page's municipality table shows each value's version, and one municipality's earlier
// values on request (issue 12: every value keeps its earlier values).

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

async function importZwolle(value: string, source: string) {
  const analyst = api.callerAs('vng_analyst').indicator
  const preview = await analyst.previewImport({ filename: 'wmo.csv', rows: [{ indicator: 'wmo_clients', niveau: 'gemeente', gebiedscode: 'GM0193', periode: '2022-H1', waarde: value, bron: source }] })
  expect(preview.errors).toEqual([])
  await analyst.commitImport({ importId: preview.importId ?? 0 })
}

describe('value history on the municipality table', () => {
  it('lists the earlier values of the asked municipality, newest first, with who and the source', async () => {
    await importZwolle('6000', 'CBS voorlopig')
    await importZwolle('6100', 'CBS definitief')
    const figures = await api.callerAs('vng_analyst').indicator.figures({ key: 'wmo_clients', period: '2022-H1', historyOf: 'GM0193' })
    expect(figures.municipalities?.find((m) => m.code === 'GM0193')).toMatchObject({ value: 6100, version: 2 })
    expect(figures.municipalityHistory).toMatchObject({ code: 'GM0193', name: 'Zwolle', current: { value: 6100, version: 2, source: 'CBS definitief' } })
    expect(figures.municipalityHistory?.history).toMatchObject([{ version: 1, value: 6000, source: 'CBS voorlopig', enteredByLabel: expect.any(String) }])
  })

  it('shows no history for a municipality without a value in the period', async () => {
    const figures = await api.callerAs('vng_analyst').indicator.figures({ key: 'wmo_clients', period: '2022-H1', historyOf: 'GM0014' })
    expect(figures.municipalityHistory).toBeNull()
  })

  it('refuses a malformed municipality code with a Dutch message', async () => {
    await expect(api.callerAs('vng_analyst').indicator.figures({ key: 'wmo_clients', historyOf: 'Zwolle' })).rejects.toThrow(/GM/)
  })
})
