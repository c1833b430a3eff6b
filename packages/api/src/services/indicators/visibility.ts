import type { Actor } from '@bt/auth'
import type { IndicatorDefinition } from '@bt/domain'

/**
 * Tiered publication (DESIGN.md visibility table), the one place it is decided: public statistics may
 * be shown per area to anyone; what regions report, and what is computed from their records, only to
 * someone signed in. Anonymous visitors get national aggregates and distributions.
 */
export function mayShowPerArea(indicator: Pick<IndicatorDefinition, 'origin'>, actor: Actor | null): boolean {
  return indicator.origin === 'public_statistics' || actor !== null
}

/** The Dutch reason shown where per-area figures are withheld. */
export const PER_AREA_SIGN_IN_NOTE =
  'Cijfers per regio die de regio’s zelf melden of die uit hun registraties komen, ziet u na inloggen. Zonder inloggen ziet u het landelijke cijfer en de verdeling.'
