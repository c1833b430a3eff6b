import { describe, expect, it } from 'vitest'
import { EMPTY_FINANCIAL_AGREEMENT } from '../financial-agreement/schemas.ts'
import { comparePictures } from './changes.ts'
import { financialPicturePart } from './financial-part.ts'
import { itemBuildingBlocks, pictureItems, type EditionPicture } from './picture.ts'

const picture = (over: Partial<EditionPicture> = {}): EditionPicture => ({
  shapeVersion: 1,
  takenAt: '2026-07-01T10:00:00.000Z',
  regionCode: 'GM0193',
  regionName: 'Zwolle',
  levels: [],
  indicators: [],
  agreements: [],
  planElements: [],
  adoptions: { visionTitle: null, councils: 8, adopted: 0 },
  ...over,
})

const published = { version: 3, at: new Date('2026-06-01T08:00:00Z') }
const part = (risks: string | null, scenarioId: string | null = null) =>
  financialPicturePart(
    {
      ...EMPTY_FINANCIAL_AGREEMENT,
      situation: [
        { question: 'trust', answer: 'Goed', answeredOn: '2026-05-01', author: 'A' },
        { question: 'obstacles', answer: ' ', answeredOn: '2026-05-01', author: 'A' },
      ],
      choices: [{ choice: 'risks', option: risks, reasoning: 'Omdat', scenarioId }],
      strategy: [{ municipalityCode: 'GM0166', change: 2, focus: -1 }],
      ownRisks: [{ id: 'own2', label: 'Huurstijging', level: 'high', owner: 'Zwolle', measure: '', status: 'open' }],
    },
    published,
    { scenarios: new Map([['s1', 'Reserve met plafond']]), municipalities: new Map([['GM0166', 'Kampen']]) },
  )

describe("the financial agreement in a region's edition picture", () => {
  it('keeps every main choice and matrix row, the linked scenario by name and the answered questions', () => {
    const taken = part('regional', 's1')
    expect(taken.choices.map((c) => c.choice)).toEqual(['risks', 'central_municipality', 'settlement', 'division'])
    expect(taken.choices[0]).toEqual({ choice: 'risks', option: 'regional', reasoning: 'Omdat', scenarioId: 's1', scenarioName: 'Reserve met plafond' })
    expect(taken.choices[1]).toEqual({ choice: 'central_municipality', option: null, reasoning: '', scenarioId: null, scenarioName: null })
    expect(taken.matrix.map((m) => m.option)).toEqual([null, null, null])
    expect(taken.strategy).toEqual([{ municipalityCode: 'GM0166', municipalityName: 'Kampen', change: 2, focus: -1 }])
    expect(taken.risks.map((r) => r.status)).toEqual(['open', 'open', 'open', 'open', 'open', 'open'])
    expect(taken.risks.at(-1)).toEqual({ risk: 'own2', label: 'Huurstijging', level: 'high', owner: 'Zwolle', measure: '', status: 'open' })
    expect([taken.situationAnswered, taken.situationQuestions, taken.publishedVersion, taken.publishedAt]).toEqual([1, 10, 3, '2026-06-01T08:00:00.000Z'])
    // A scenario deleted or made private since: the id stays, the name does not.
    expect(part('regional', 'gone').choices[0]?.scenarioName).toBeNull()
  })

  it('makes each choice, each matrix row and the risks commentable items of blocks 1 and 5', () => {
    const items = pictureItems(picture({ financialAgreement: part('regional') })).map((i) => i.key)
    expect(items).toEqual(['adoptions', 'finance:choice:risks', 'finance:choice:central_municipality', 'finance:choice:settlement', 'finance:choice:division', 'finance:matrix:central_function', 'finance:matrix:facilities', 'finance:matrix:real_estate', 'finance:risks'])
    expect(pictureItems(picture({ financialAgreement: null })).map((i) => i.key)).toEqual(['adoptions'])
    expect(itemBuildingBlocks(picture(), 'finance:risks')).toEqual(['distribution_model', 'residence_principle'])
  })

  it('says which choice moved since the previous edition, and nothing against a picture from before the part existed', () => {
    const before = picture({ financialAgreement: part('regional') })
    const after = picture({ financialAgreement: part('local') })
    const changes = comparePictures(before, after)
    expect(changes.map((c) => [c.kind, c.itemKey, c.from, c.to])).toEqual([['financial_choice_changed', 'finance:choice:risks', 'regional', 'local']])
    expect(changes[0]?.text).toBe('Financiële afspraak, financiële risico’s: van Regionaal afdekken naar Lokaal per gemeente.')
    expect(changes[0]?.buildingBlocks).toEqual(['distribution_model', 'residence_principle'])
    expect(comparePictures(after, after)).toEqual([])
    expect(comparePictures(picture(), after)).toEqual([])
    expect(comparePictures(picture({ financialAgreement: null }), after).map((c) => c.from)).toEqual([null])
  })
})
