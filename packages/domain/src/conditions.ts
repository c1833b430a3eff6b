import { z } from 'zod'

/** Keys of the eight Dannenberg conditions for social inclusion (seed 002, Bijlage 1), in the seed's order. */
export const CONDITION_KEYS = [
  'self_management',
  'long_term_support',
  'support_continuum',
  'housing_variants',
  'affordable_housing',
  'low_threshold_access',
  'insurer_cooperation',
  'quality_demand',
] as const

/** One of the eight Dannenberg conditions. */
export type ConditionKey = (typeof CONDITION_KEYS)[number]

/** A condition: its number 1-8, a short Dutch label and the seed's Dutch wording as description. */
export interface Condition {
  key: ConditionKey
  number: number
  label: string
  description: string
}

/** The eight Dannenberg conditions in number order; descriptions are seed 002's wording. */
export const CONDITIONS: readonly Condition[] = [
  {
    key: 'self_management',
    number: 1,
    label: 'Zelfmanagement en ervaringsdeskundigheid',
    description: 'Versterken van zelfmanagement, ervaringsdeskundigheid en informele zorg.',
  },
  {
    key: 'long_term_support',
    number: 2,
    label: 'Langdurige begeleiding',
    description: 'Garanderen van langdurige begeleiding met flexibele intensiteit.',
  },
  {
    key: 'support_continuum',
    number: 3,
    label: 'Ondersteuningscontinuüm',
    description: 'Ondersteuningscontinuüm voor herstel en participatie.',
  },
  {
    key: 'housing_variants',
    number: 4,
    label: 'Woonvarianten',
    description: 'Een breed arsenaal van woonvarianten.',
  },
  {
    key: 'affordable_housing',
    number: 5,
    label: 'Betaalbare wooneenheden',
    description: 'Beschikbare en betaalbare wooneenheden.',
  },
  {
    key: 'low_threshold_access',
    number: 6,
    label: 'Laagdrempelige toegang',
    description: 'Laagdrempelige toegang tot zorgfuncties.',
  },
  {
    key: 'insurer_cooperation',
    number: 7,
    label: 'Samenwerking met zorgverzekeraars',
    description: 'Duurzaam samenwerken tussen gemeenten en zorgverzekeraars.',
  },
  {
    key: 'quality_demand',
    number: 8,
    label: 'Kwaliteit en vraaggerichtheid',
    description: 'Borgen van kwaliteit en vraaggerichtheid van ondersteuning.',
  },
]

/** Validates a condition key; the message is Dutch. */
export const ConditionKeySchema = z.enum(CONDITION_KEYS, { error: 'Kies een bestaande conditie.' })
