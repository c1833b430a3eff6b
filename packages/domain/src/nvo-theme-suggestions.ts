import { NVO_THEME_KEYS, type NvoAgreementKey, type NvoThemeKey } from './nvo.ts'

// Which themes each NvO agreement already covers, so choosing the agreement can suggest them and an
// editor does not tag the same idea twice (issue 19 item 7). Read off NVO.md: each agreement's text
// (table "The eight agreements") against the theme labels (table "Themes an agreement is tagged
// with"); the quoted words are the agreement's own. Two themes have no NvO agreement of their own
// and are never suggested: `housing` (NVO.md names housing only among the chain partners of
// agreement 2) and `monitoring` (no agreement asks for it).
/** Per NvO agreement, the themes that name the same idea (NVO.md), in theme display order. */
export const NVO_AGREEMENT_THEMES: Readonly<Record<NvoAgreementKey, readonly NvoThemeKey[]>> = {
  // 1: "draw up a regiovisie … every municipal council in the region adopts it"
  regional_vision: ['vision'],
  // 2: "in dialogue with professionals, residents …, people with lived experience, chain partners"
  codesign: ['participation'],
  // 3: "availability and continuity of BW-MO care functions … organised locally, regionally or supra-regionally"
  availability_continuity: ['care_functions'],
  // 4: "Access (central or local) … national accessibility"
  access: ['access'],
  // 5: "Supra-regional cooperation on scarce and specialist functions"
  supra_regional: ['supra_regional'],
  // 6: "uniform contract terms …, careful procurement, fair (reële) tariffs, lower administrative burden"
  purchasing: ['purchasing', 'tariffs', 'admin_burden'],
  // 7: "Financial agreements and solidarity between the region's municipalities"
  financial_solidarity: ['finance'],
  // 8: "governance with one clear point of contact …, and use of the dispute procedure"
  governance_disputes: ['disputes', 'governance'],
}

/** The themes the chosen NvO agreements suggest, once each, in theme display order; unknown keys suggest nothing. */
export function suggestThemes(nvoAgreements: readonly string[]): NvoThemeKey[] {
  const suggested = new Set<NvoThemeKey>()
  for (const [nvo, themes] of Object.entries(NVO_AGREEMENT_THEMES)) {
    if (nvoAgreements.includes(nvo)) for (const theme of themes) suggested.add(theme)
  }
  return NVO_THEME_KEYS.filter((theme) => suggested.has(theme))
}
