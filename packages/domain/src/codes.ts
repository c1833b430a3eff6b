import { z } from 'zod'

/** Longest region slug, in characters; matches the longest region name. */
export const MAX_REGION_SLUG_LENGTH = 80

/** Shortest region display name, in characters after trimming. */
export const MIN_REGION_NAME_LENGTH = 2

/** Longest region display name, in characters after trimming. */
export const MAX_REGION_NAME_LENGTH = 80

// CBS writes municipality codes as GM plus four digits (GM0193 is Zwolle); a region is identified by
// its centrumgemeente's code. Input is trimmed and upper-cased first, so 'gm0193' is accepted.
/** Validates and normalises a CBS municipality code such as GM0193; Dutch message. */
export const MunicipalityCodeSchema = z
  .string({ error: 'Vul een gemeentecode in.' })
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, {
    error: 'Een gemeentecode bestaat uit GM en vier cijfers, bijvoorbeeld GM0193.',
  })

/** A CBS municipality code such as GM0193. */
export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>

/** Validates a region slug: lowercase a-z and 0-9 words joined by single hyphens, 1-80 characters. */
export const RegionSlugSchema = z
  .string({ error: 'Vul een korte naam voor het webadres in.' })
  .max(MAX_REGION_SLUG_LENGTH, {
    error: `Een korte naam voor het webadres heeft hoogstens ${MAX_REGION_SLUG_LENGTH} tekens.`,
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'Gebruik alleen kleine letters en cijfers, met een enkel koppelteken tussen woorden, bijvoorbeeld ijssel-vecht.',
  })

/** A region slug as used in URLs (/regio/ijssel-vecht). */
export type RegionSlug = z.infer<typeof RegionSlugSchema>

// Apostrophes vanish rather than split a word: "'s-Hertogenbosch" becomes 's-hertogenbosch'.
const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g
// NFKD splits letters from their accents (â -> a + U+0302) and ligatures (ĳ -> ij).
const COMBINING_MARKS = /\p{M}/gu

/** Turns a display name into a URL slug ('Regio IJssel-Vecht' -> 'regio-ijssel-vecht'); at most 80 characters, may be empty. */
export function slugify(name: string): string {
  const slug = name
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, MAX_REGION_SLUG_LENGTH).replace(/-+$/, '')
}

/** The URL slug of a region: its display name without the word 'Regio' ('Regio IJssel-Vecht' -> 'ijssel-vecht', DESIGN.md). */
export function regionSlug(displayName: string): string {
  return slugify(displayName.trim().replace(/^regio\s+/i, ''))
}

/** The display name a region gets until an admin sets one: 'Regio <centrumgemeente>' (DESIGN.md, Data). */
export function defaultRegionName(centralMunicipalityName: string): string {
  return `Regio ${centralMunicipalityName.trim()}`
}

/** Validates a region display name: trimmed, 2-80 characters; Dutch messages. */
export const RegionNameSchema = z
  .string({ error: 'Vul een regionaam in.' })
  .trim()
  .min(MIN_REGION_NAME_LENGTH, {
    error: `Een regionaam heeft minstens ${MIN_REGION_NAME_LENGTH} tekens.`,
  })
  .max(MAX_REGION_NAME_LENGTH, {
    error: `Een regionaam heeft hoogstens ${MAX_REGION_NAME_LENGTH} tekens.`,
  })

/** A region display name such as 'Regio IJssel-Vecht'. */
export type RegionName = z.infer<typeof RegionNameSchema>
