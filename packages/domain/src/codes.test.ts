import { describe, expect, it } from 'vitest'
import {
  MunicipalityCodeSchema,
  RegionNameSchema,
  RegionSlugSchema,
  regionSlug,
  defaultRegionName,
  slugify,
} from './codes.ts'

const GM_MESSAGE = 'Een gemeentecode bestaat uit GM en vier cijfers, bijvoorbeeld GM0193.'

describe('MunicipalityCodeSchema', () => {
  it('accepts a CBS code', () => {
    expect(MunicipalityCodeSchema.parse('GM0193')).toBe('GM0193')
  })

  it('normalises lowercase and surrounding spaces', () => {
    expect(MunicipalityCodeSchema.parse('gm0193')).toBe('GM0193')
    expect(MunicipalityCodeSchema.parse('  Gm0363 ')).toBe('GM0363')
  })

  it.each(['GM193', 'GM01934', '0193', 'GM 0193', 'PV0193', 'GMabcd', ''])(
    'refuses %j with the Dutch message',
    (input) => {
      const result = MunicipalityCodeSchema.safeParse(input)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe(GM_MESSAGE)
    },
  )

  it('refuses a non-string in Dutch', () => {
    expect(MunicipalityCodeSchema.safeParse(193).error?.issues[0]?.message).toBe(
      'Vul een gemeentecode in.',
    )
  })
})

describe('slugify', () => {
  it.each([
    ['Regio IJssel-Vecht', 'regio-ijssel-vecht'],
    ['IJssel-Vecht', 'ijssel-vecht'],
    ['Fryslân', 'fryslan'],
    ['Súdwest-Fryslân', 'sudwest-fryslan'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['’s-Gravenhage', 's-gravenhage'],
    ["Regio's Midden", 'regios-midden'],
    ['Gooi en Vechtstreek', 'gooi-en-vechtstreek'],
    ['Bergen (NH.)', 'bergen-nh'],
    ['  Midden -- Holland!  ', 'midden-holland'],
    ['Regio Zuid-Limburg & Parkstad', 'regio-zuid-limburg-parkstad'],
    ['Noardeast-Fryslân 2024', 'noardeast-fryslan-2024'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  it('produces a slug the slug schema accepts', () => {
    for (const name of ['Regio Zwolle', "'s-Hertogenbosch e.o.", 'Ede (Gld.)', 'Açores — Sião']) {
      expect(RegionSlugSchema.safeParse(slugify(name)).success, name).toBe(true)
    }
  })

  it('caps the slug at 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b${'c'.repeat(20)}`)
    expect(slug).toBe('a'.repeat(79))
    expect(slugify('x'.repeat(120))).toHaveLength(80)
  })

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify(" '-!? ")).toBe('')
  })
})

describe('RegionSlugSchema', () => {
  it.each(['ijssel-vecht', 'zwolle', 'regio-2', 'a'])('accepts %j', (slug) => {
    expect(RegionSlugSchema.parse(slug)).toBe(slug)
  })

  it.each(['', 'IJssel-Vecht', 'ijssel--vecht', '-zwolle', 'zwolle-', 'fryslân', 'regio zwolle'])(
    'refuses %j in Dutch',
    (slug) => {
      const result = RegionSlugSchema.safeParse(slug)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/kleine letters/)
    },
  )

  it('refuses a slug longer than 80 characters', () => {
    expect(RegionSlugSchema.safeParse('a'.repeat(80)).success).toBe(true)
    expect(RegionSlugSchema.safeParse('a'.repeat(81)).error?.issues[0]?.message).toMatch(
      /hoogstens 80 tekens/,
    )
  })
})

describe('defaultRegionName', () => {
  it('prefixes the central municipality with Regio', () => {
    expect(defaultRegionName('Zwolle')).toBe('Regio Zwolle')
    expect(defaultRegionName(" 's-Hertogenbosch ")).toBe("Regio 's-Hertogenbosch")
  })
})

describe('RegionNameSchema', () => {
  it('trims and accepts 2 to 80 characters', () => {
    expect(RegionNameSchema.parse('  Regio IJssel-Vecht ')).toBe('Regio IJssel-Vecht')
    expect(RegionNameSchema.parse('Ab')).toBe('Ab')
    expect(RegionNameSchema.parse('x'.repeat(80))).toHaveLength(80)
  })

  it('refuses too short and too long names in Dutch', () => {
    expect(RegionNameSchema.safeParse('  A ').error?.issues[0]?.message).toBe(
      'Een regionaam heeft minstens 2 tekens.',
    )
    expect(RegionNameSchema.safeParse('x'.repeat(81)).error?.issues[0]?.message).toBe(
      'Een regionaam heeft hoogstens 80 tekens.',
    )
  })
})

describe('regionSlug', () => {
  it('drops the word Regio so URLs read /regio/ijssel-vecht', () => {
    expect(regionSlug('Regio IJssel-Vecht')).toBe('ijssel-vecht')
    expect(regionSlug("Regio 's-Hertogenbosch")).toBe('s-hertogenbosch')
  })

  it('keeps names that do not start with Regio', () => {
    expect(regionSlug('Gooi en Vechtstreek')).toBe('gooi-en-vechtstreek')
    expect(regionSlug('Regionaal Noord')).toBe('regionaal-noord')
  })
})
