import { describe, expect, it } from 'vitest'
import { NVO_AGREEMENT_KEYS, NVO_THEME_KEYS } from './nvo.ts'
import { NVO_AGREEMENT_THEMES, suggestThemes } from './nvo-theme-suggestions.ts'

describe('NvO agreement → theme suggestions', () => {
  it('maps every NvO agreement to at least one theme', () => {
    expect(Object.keys(NVO_AGREEMENT_THEMES)).toEqual([...NVO_AGREEMENT_KEYS])
    for (const key of NVO_AGREEMENT_KEYS) expect(NVO_AGREEMENT_THEMES[key].length).toBeGreaterThan(0)
  })

  it('suggests each theme for at most one agreement, and never housing or monitoring (NVO.md has no agreement for them)', () => {
    const all = Object.values(NVO_AGREEMENT_THEMES).flat()
    expect(new Set(all).size).toBe(all.length)
    expect(NVO_THEME_KEYS.filter((theme) => !all.includes(theme))).toEqual(['housing', 'monitoring'])
  })

  it('suggests tariffs and administrative burden with purchasing (NvO agreement 6)', () => {
    expect(suggestThemes(['purchasing'])).toEqual(['purchasing', 'tariffs', 'admin_burden'])
  })

  it('merges the suggestions of several agreements once each, in theme display order', () => {
    expect(suggestThemes(['governance_disputes', 'regional_vision', 'regional_vision'])).toEqual(['vision', 'disputes', 'governance'])
  })

  it('suggests nothing for no or unknown agreements', () => {
    expect(suggestThemes([])).toEqual([])
    expect(suggestThemes(['afspraak_1'])).toEqual([])
  })
})
