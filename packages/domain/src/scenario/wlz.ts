import type { z } from 'zod'
import type { ScenarioFields } from './fields.ts'
import type { ScenarioWlzSettlement } from './types.ts'

/** The Wlz ex-post settlement the seeds settle: the withdrawal of 2021 (DOMAIN.md §6.3). */
export const DEFAULT_WLZ_WITHDRAWAL_YEAR = 2021

/**
 * The Wlz settlement fields (DOMAIN.md §6.3; issue 18 item 2): which clients count, indexation, the
 * withdrawal year settled against, the counting window, the non-BW tariff and a second round.
 * Undefined when a cross-field rule fails (the issue is added).
 */
export function readWlz(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
): ScenarioWlzSettlement | undefined {
  const from = fields.wlzCountFrom ?? null
  const until = fields.wlzCountUntil ?? null
  let valid = true
  if (from !== null && until !== null && until < from) {
    ctx.addIssue({
      code: 'custom',
      path: ['wlzCountUntil'],
      message: 'De einddatum van de telperiode ligt vóór de begindatum.',
    })
    valid = false
  }
  const previous = fields.wlzPreviousSettlementEuros ?? null
  if (previous !== null && fields.scope.kind === 'nation') {
    ctx.addIssue({
      code: 'custom',
      path: ['wlzPreviousSettlementEuros'],
      message:
        'Een eerdere verrekening geldt voor de centrumgemeente van één regio: kies een regio, of laat het veld leeg.',
    })
    valid = false
  }
  if (!valid) return undefined
  return {
    countedOrigins: fields.wlzOrigins ?? ['bw'],
    extrapolateToFullYear: fields.wlzExtrapolate ?? true,
    deductLostOwnContributions: fields.wlzDeductLostOwnContributions ?? true,
    priceYear: fields.wlzPriceYear ?? DEFAULT_WLZ_WITHDRAWAL_YEAR,
    indexBasisPointsPerYear: fields.wlzIndexPercent ?? 0,
    withdrawalYear: fields.wlzWithdrawalYear ?? DEFAULT_WLZ_WITHDRAWAL_YEAR,
    exAnteMacroBudgetCents: fields.wlzExAnteMacroBudgetEuros ?? null,
    countFromDate: from,
    countUntilDate: until,
    nonBwTariffCents: fields.wlzNonBwTariffEuros ?? null,
    previousSettlementCents: previous,
  }
}
