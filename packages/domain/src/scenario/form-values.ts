import {
  DEFAULT_NATIONAL_PURCHASING_EUROS,
  DEFAULT_RESERVE_CAP_EUROS,
  DEFAULT_RETENTION_CAP_BW_EUROS,
  DEFAULT_RETENTION_CAP_MO_EUROS,
  DEFAULT_RETENTION_PERCENT,
  DEFAULT_SCENARIO_PHASE_IN_STEPS,
  DEFAULT_WLZ_WITHDRAWAL_PERCENT,
} from './constants.ts'
import { NATION_SCOPE } from './fields.ts'
import { formatIndicationEnds } from './indication-ends.ts'
import { euroFormat } from './numbers.ts'
import type { ScenarioParameters } from './types.ts'
import { DEFAULT_WLZ_WITHDRAWAL_YEAR } from './wlz.ts'

/** The form's values as strings (what the inputs hold), as the form or a hidden copy of it posts them. */
export type ScenarioFormValues = Record<string, string | string[]>

const plainEuros = (cents: number) => euroFormat.format(cents / 100)
const plainPercent = (basisPoints: number) => euroFormat.format(basisPoints / 100)

/**
 * The form values that give back these parameters (to edit a saved scenario); the macrobudget and
 * budget year fall back to the data set's when the scenario left them to it.
 */
export function toScenarioFormValues(
  parameters: ScenarioParameters,
  fallback: { macroBudgetCents: number; budgetYear: number; moMacroBudgetCents?: number | null },
): ScenarioFormValues {
  const { schedule, sharing } = parameters
  // Scenarios saved before these fields existed lack them; the defaults stand in.
  const wlz = { ...DEFAULT_WLZ_FIELDS, ...parameters.wlz }
  const moMacro = parameters.moMacroBudgetCents ?? fallback.moMacroBudgetCents ?? null
  const published = parameters.published ?? null
  const retention = sharing && 'retention' in sharing ? sharing.retention : null
  return {
    ...SCENARIO_FORM_DEFAULTS,
    scope: parameters.scope.kind === 'nation' ? NATION_SCOPE : parameters.scope.regionCode,
    budgetYear: String(parameters.budgetYear ?? fallback.budgetYear),
    macroBudgetEuros: plainEuros(parameters.macroBudgetCents ?? fallback.macroBudgetCents),
    moMacroBudgetEuros: moMacro === null ? '' : plainEuros(moMacro),
    publishedHistoricalEuros: published ? plainEuros(published.historicalCents) : '',
    publishedObjectiveEuros: published ? plainEuros(published.objectiveCents) : '',
    publishedHistoricalMoEuros: published?.mo ? plainEuros(published.mo.historicalCents) : '',
    publishedObjectiveMoEuros: published?.mo ? plainEuros(published.mo.objectiveCents) : '',
    nationalPurchasingEuros: plainEuros(parameters.nationalPurchasingCents),
    wlzWithdrawalPercent: plainPercent(parameters.wlzWithdrawalBasisPoints),
    startYear: String(parameters.startYear),
    steps: String(
      schedule.kind === 'linear'
        ? schedule.steps
        : (schedule.kind === 'outflow' ? schedule.existingClientsByStep : schedule.fractions)
            .length - 1,
    ),
    ...scheduleFormValues(schedule),
    customFractions:
      schedule.kind === 'custom'
        ? schedule.fractions.map((f) => euroFormat.format(f * 100)).join('; ')
        : '',
    sharingModel: sharing?.kind ?? 'none',
    ...(sharing && 'actualCostsBasisPoints' in sharing
      ? { actualCostsPercent: plainPercent(sharing.actualCostsBasisPoints) }
      : {}),
    ...(sharing?.kind === 'inhabitantsWithReserve'
      ? {
          reserveBalanceEuros: plainEuros(sharing.reserveBalanceCents),
          reserveCapEuros: plainEuros(sharing.reserveCapCents),
        }
      : {}),
    ...(sharing?.kind === 'appropriateShare' ? { shareBase: sharing.base } : {}),
    ...(sharing?.kind === 'localCompensation'
      ? {
          bedCostsPercent: plainPercent(sharing.bedCostsBasisPoints),
          localSupportPercent: plainPercent(sharing.localSupportBasisPoints),
        }
      : {}),
    retentionKind: retention ? (retention.kind === 'fixed' ? 'fixed' : 'percentage') : 'none',
    ...(retention?.kind === 'fixed'
      ? { retentionFixedEuros: plainEuros(retention.amountCents) }
      : {}),
    ...(retention?.kind === 'basisPoints'
      ? {
          retentionPercent: plainPercent(retention.basisPoints),
          retentionCapEuros: retention.capCents === undefined ? '' : plainEuros(retention.capCents),
          retentionMoCapEuros:
            retention.moCapCents === undefined ? '' : plainEuros(retention.moCapCents),
        }
      : {}),
    wlzOrigins: [...wlz.countedOrigins],
    wlzExtrapolate: String(wlz.extrapolateToFullYear),
    wlzDeductLostOwnContributions: String(wlz.deductLostOwnContributions),
    wlzPriceYear: String(wlz.priceYear),
    wlzIndexPercent: plainPercent(wlz.indexBasisPointsPerYear),
    wlzWithdrawalYear: String(wlz.withdrawalYear),
    wlzExAnteMacroBudgetEuros:
      wlz.exAnteMacroBudgetCents === null ? '' : plainEuros(wlz.exAnteMacroBudgetCents),
    wlzCountFrom: wlz.countFromDate ?? '',
    wlzCountUntil: wlz.countUntilDate ?? '',
    wlzNonBwTariffEuros: wlz.nonBwTariffCents === null ? '' : plainEuros(wlz.nonBwTariffCents),
    wlzPreviousSettlementEuros:
      wlz.previousSettlementCents === null ? '' : plainEuros(wlz.previousSettlementCents),
  }
}

/** The schedule's fields; an outflow derived on the form reopens as what it was derived from. */
function scheduleFormValues(schedule: ScenarioParameters['schedule']): ScenarioFormValues {
  if (schedule.kind !== 'outflow') return { scheduleKind: schedule.kind }
  const counts = { existingClients: schedule.existingClientsByStep.join('; ') }
  const from = schedule.derivedFrom
  if (from?.kind === 'indicationEnds')
    return {
      ...counts,
      scheduleKind: 'indicationEnds',
      indicationEnds: formatIndicationEnds(from.groups),
    }
  if (from?.kind === 'outflowRate')
    return {
      ...counts,
      scheduleKind: 'outflowRate',
      outflowRatePercent: plainPercent(from.basisPoints),
    }
  return { ...counts, scheduleKind: 'outflow' }
}

/** What a new scenario form starts with (the page fills in the scope and the data set's macrobudget). */
export const SCENARIO_FORM_DEFAULTS: ScenarioFormValues = {
  scope: '',
  budgetYear: '',
  macroBudgetEuros: '',
  moMacroBudgetEuros: '',
  publishedHistoricalEuros: '',
  publishedObjectiveEuros: '',
  publishedHistoricalMoEuros: '',
  publishedObjectiveMoEuros: '',
  nationalPurchasingEuros: euroFormat.format(DEFAULT_NATIONAL_PURCHASING_EUROS),
  wlzWithdrawalPercent: String(DEFAULT_WLZ_WITHDRAWAL_PERCENT),
  startYear: '2026',
  steps: String(DEFAULT_SCENARIO_PHASE_IN_STEPS),
  scheduleKind: 'linear',
  existingClients: '',
  outflowRatePercent: '15',
  indicationEnds: '',
  customFractions: '',
  sharingModel: 'none',
  actualCostsPercent: '98',
  reserveBalanceEuros: '0',
  reserveCapEuros: euroFormat.format(DEFAULT_RESERVE_CAP_EUROS),
  shareBase: 'wmoIntegrationPayment',
  retentionKind: 'none',
  retentionPercent: euroFormat.format(DEFAULT_RETENTION_PERCENT),
  // The IJssel-Vecht covenant of 2023 caps BW and MO apart (DOMAIN.md §6.6).
  retentionCapEuros: euroFormat.format(DEFAULT_RETENTION_CAP_BW_EUROS),
  retentionMoCapEuros: euroFormat.format(DEFAULT_RETENTION_CAP_MO_EUROS),
  retentionFixedEuros: '',
  bedCostsPercent: '70',
  localSupportPercent: '15',
  wlzOrigins: ['bw'],
  wlzExtrapolate: 'true',
  wlzDeductLostOwnContributions: 'true',
  wlzPriceYear: '2021',
  wlzIndexPercent: '0',
  wlzWithdrawalYear: String(DEFAULT_WLZ_WITHDRAWAL_YEAR),
  wlzExAnteMacroBudgetEuros: '',
  wlzCountFrom: '',
  wlzCountUntil: '',
  wlzNonBwTariffEuros: '',
  wlzPreviousSettlementEuros: '',
}

const DEFAULT_WLZ_FIELDS = {
  withdrawalYear: DEFAULT_WLZ_WITHDRAWAL_YEAR,
  exAnteMacroBudgetCents: null,
  countFromDate: null,
  countUntilDate: null,
  nonBwTariffCents: null,
  previousSettlementCents: null,
}
