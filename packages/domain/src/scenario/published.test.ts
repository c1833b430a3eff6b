import { describe, expect, it } from 'vitest'
import { ScenarioParametersSchema } from '../scenarios.ts'

// A region's published amounts typed on the scenario form, with their MO part (issue 18): the MO
// part of both or of neither, each within its amount, only for a region — as the rekenbestand's
// import checks its MO columns.

const ZWOLLE = {
  scope: 'GM0193',
  publishedHistoricalEuros: '140.096.291',
  publishedObjectiveEuros: '113.750.051',
}

const messages = (input: Record<string, string>) =>
  Object.fromEntries(
    (ScenarioParametersSchema.safeParse(input).error?.issues ?? []).map((i) => [
      i.path.join('.'),
      i.message,
    ]),
  )

describe('published amounts with their MO part', () => {
  it('reads the MO part of both amounts in cents', () => {
    const parsed = ScenarioParametersSchema.parse({
      ...ZWOLLE,
      publishedHistoricalMoEuros: '30.000.000',
      publishedObjectiveMoEuros: '25.000.000,50',
    })
    expect(parsed.published).toEqual({
      historicalCents: 14_009_629_100,
      objectiveCents: 11_375_005_100,
      mo: { historicalCents: 3_000_000_000, objectiveCents: 2_500_000_050 },
    })
    expect(ScenarioParametersSchema.parse(ZWOLLE).published).not.toHaveProperty('mo')
  })

  it('refuses one MO part without the other, a part above its amount, and MO without amounts', () => {
    expect(messages({ ...ZWOLLE, publishedHistoricalMoEuros: '1.000' })).toEqual({
      publishedObjectiveMoEuros:
        'Vul ook het MO-deel van het objectieve bedrag in: het MO-deel van beide bedragen of van geen van beide.',
    })
    expect(
      messages({
        ...ZWOLLE,
        publishedHistoricalMoEuros: '150.000.000',
        publishedObjectiveMoEuros: '1.000',
      }),
    ).toEqual({
      publishedHistoricalMoEuros:
        'Het MO-deel is groter dan het historische bedrag waar het deel van is.',
    })
    expect(
      messages({
        scope: 'GM0193',
        publishedHistoricalMoEuros: '1',
        publishedObjectiveMoEuros: '1',
      }),
    ).toEqual({ publishedHistoricalEuros: 'Vul ook het gepubliceerde historische bedrag in.' })
    expect(
      messages({
        scope: 'nation',
        publishedHistoricalMoEuros: '1',
        publishedObjectiveMoEuros: '1',
      }),
    ).toEqual({
      publishedHistoricalEuros:
        'Gepubliceerde bedragen horen bij één regio: kies een regio, of laat deze velden leeg.',
    })
  })
})
