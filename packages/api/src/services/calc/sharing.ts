import {
  allocate,
  applySharingModel,
  computeMunicipalityRiskFigures,
  type RetentionRule,
  type SharingMember,
  type SharingModel,
  type SharingResult,
  type YearlyChange,
} from '@bt/calc'
import { itemAt, type ScenarioRetention, type ScenarioSharing, type SharingModelKind } from '@bt/domain'
import type { CalcRegion } from './inputs.ts'

/** basisPoints of totalCents, rounded by the one allocator (above 100%: the whole plus the rest). */
export function basisPointsOf(totalCents: number, basisPoints: number): number {
  if (basisPoints > 10_000) return totalCents + basisPointsOf(totalCents, basisPoints - 10_000)
  const amounts = allocate(totalCents, [
    { key: 'part', weight: basisPoints },
    { key: 'rest', weight: 10_000 - basisPoints },
  ])
  return itemAt(amounts, 0).amountCents
}

/** One member's flows in one year (cents); extra columns depend on the model. */
export interface SharingLineDto {
  code: string
  name: string
  amountCents: number
  paysCents: number
  receivesCents: number
  bearsCents: number
  resultCents: number
  shareBasisPoints: number | null
  localSupportCents: number | null
  uncompensatedCents: number | null
}

/** A region's sharing model applied to the budget year, and each member's result year by year. */
export interface SharingDto {
  kind: Exclude<SharingModelKind, 'none'>
  /** The model's key figures for the budget year (cents), keyed by calc's field names. */
  figures: Record<string, number>
  lines: SharingLineDto[]
  byYear: {
    code: string
    name: string
    resultCentsByYear: number[]
    largestDecline: YearlyChange | null
  }[]
  /** The reserve at the end of each path year (inhabitants with reserve only; older results lack it). */
  reserveBalanceAfterCentsByYear?: number[]
}

/** What the sharing needs of the region: members' amounts, inhabitants, objective amounts and bases. */
export interface SharingContext {
  region: CalcRegion
  names: ReadonlyMap<string, string>
  inhabitants: ReadonlyMap<string, number>
  objectiveCents: ReadonlyMap<string, number>
  wmoIntegrationPaymentCents: ReadonlyMap<string, number>
}

/**
 * calc's retention rule: with a separate MO cap (the IJssel-Vecht covenant, issue 18 item 3) the BW
 * and the MO part of the region's budget are each retained and capped on their own.
 */
function toRetentionRule(
  retention: ScenarioRetention,
  budgetCents: number,
  moCents: number,
): RetentionRule {
  if (retention.kind !== 'basisPoints' || retention.moCapCents === undefined) return retention
  const mo = Math.min(moCents, budgetCents)
  return {
    kind: 'basisPointsPerPart',
    basisPoints: retention.basisPoints,
    parts: [
      { key: 'bw', budgetCents: budgetCents - mo, ...cap(retention.capCents) },
      { key: 'mo', budgetCents: mo, ...cap(retention.moCapCents) },
    ],
  }
}
const cap = (capCents: number | undefined) => (capCents === undefined ? {} : { capCents })

/**
 * calc's model for one year: percentages of the region's budget that year become cents; the reserve
 * opens with the balance the year before closed with (Gooi en Vechtstreek, issue 18 item 4).
 */
function toCalcModel(
  sharing: ScenarioSharing,
  regionCode: string,
  year: { budgetCents: number; moCents: number; reserveBalanceCents: number },
): SharingModel {
  const { budgetCents, moCents } = year
  switch (sharing.kind) {
    case 'inhabitantsWithReserve':
      return {
        kind: sharing.kind,
        budgetedCostsCents: budgetCents,
        actualCostsCents: basisPointsOf(budgetCents, sharing.actualCostsBasisPoints),
        reserveBalanceCents: year.reserveBalanceCents,
        reserveCapCents: sharing.reserveCapCents,
      }
    case 'appropriateShare':
      return {
        kind: sharing.kind,
        base: sharing.base,
        costsCents: basisPointsOf(budgetCents, sharing.actualCostsBasisPoints),
        ...(sharing.retention
          ? {
              retention: {
                centralMunicipalityCode: regionCode,
                rule: toRetentionRule(sharing.retention, budgetCents, moCents),
              },
            }
          : {}),
      }
    case 'centralRetention':
      return {
        kind: sharing.kind,
        centralMunicipalityCode: regionCode,
        rule: toRetentionRule(sharing.retention, budgetCents, moCents),
      }
    case 'localCompensation':
      return {
        kind: sharing.kind,
        centralMunicipalityCode: regionCode,
        bedCostsCents: basisPointsOf(budgetCents, sharing.bedCostsBasisPoints),
      }
  }
}

function members(
  context: SharingContext,
  sharing: ScenarioSharing,
  amounts: ReadonlyMap<string, number>,
): SharingMember[] {
  return context.region.memberCodes.map((code) => {
    const objective = context.objectiveCents.get(code) ?? 0
    const wmo = context.wmoIntegrationPaymentCents.get(code)
    return {
      code,
      amountCents: amounts.get(code) ?? 0,
      inhabitants: context.inhabitants.get(code) ?? 0,
      objectiveAmountCents: objective,
      ...(wmo === undefined ? {} : { wmoIntegrationPaymentCents: wmo }),
      ...(sharing.kind === 'localCompensation'
        ? { localSupportCents: basisPointsOf(objective, sharing.localSupportBasisPoints) }
        : {}),
    }
  })
}

/** One path year as the sharing sees it: members' amounts and the centrumgemeente's MO (cents). */
export interface SharingYear {
  year: number
  amounts: ReadonlyMap<string, number>
  moCents: number
}

/**
 * Apply the region's model to each year in order (cents per member code). The reserve's balance is
 * the one at the start of the budget year (step fromStep) and carries from there year to year;
 * earlier path years open with it too. Throws CalcError.
 */
export function shareYears(
  context: SharingContext,
  sharing: ScenarioSharing,
  years: readonly SharingYear[],
  fromStep = 0,
): SharingResult[] {
  const opening = sharing.kind === 'inhabitantsWithReserve' ? sharing.reserveBalanceCents : 0
  let reserveBalanceCents = opening
  return years.map((year, step) => {
    if (step <= fromStep) reserveBalanceCents = opening
    const list = members(context, sharing, year.amounts)
    const budgetCents = list.reduce((sum, m) => sum + m.amountCents, 0)
    const model = toCalcModel(sharing, context.region.code, {
      budgetCents,
      moCents: year.moCents,
      reserveBalanceCents,
    })
    const result = applySharingModel(list, model)
    if (result.kind === 'inhabitantsWithReserve')
      reserveBalanceCents = result.reserveBalanceAfterCents
    return result
  })
}

function toLines(result: SharingResult, names: ReadonlyMap<string, string>): SharingLineDto[] {
  return result.lines.map((line) => ({
    code: line.code,
    name: names.get(line.code) ?? line.code,
    amountCents: line.amountCents,
    paysCents: line.paysCents,
    receivesCents: line.receivesCents,
    bearsCents: line.bearsCents,
    resultCents: line.resultCents,
    shareBasisPoints: 'shareBasisPoints' in line ? line.shareBasisPoints : null,
    localSupportCents: 'localSupportCents' in line ? line.localSupportCents : null,
    uncompensatedCents: 'uncompensatedCents' in line ? line.uncompensatedCents : null,
  }))
}

/**
 * The model for each path year in order, shown for the budget year's step, and per path year what
 * each member ends up with, with its largest yearly decline (DOMAIN.md §6.6: municipalities only
 * after sharing). Throws CalcError.
 */
export function shareRegion(
  context: SharingContext,
  sharing: ScenarioSharing,
  budgetYearStep: number,
  path: readonly SharingYear[],
): SharingDto {
  const step = Math.min(Math.max(budgetYearStep, 0), path.length - 1)
  const results = shareYears(context, sharing, path, step)
  const result = itemAt(results, step)
  const years = path.map((entry, k) => ({ year: entry.year, lines: itemAt(results, k).lines }))
  const risks = computeMunicipalityRiskFigures({ years })
  const figures = Object.fromEntries(
    Object.entries(result).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  )
  return {
    kind: result.kind,
    figures,
    lines: toLines(result, context.names),
    ...(result.kind === 'inhabitantsWithReserve'
      ? {
          reserveBalanceAfterCentsByYear: results.map((r) =>
            r.kind === 'inhabitantsWithReserve' ? r.reserveBalanceAfterCents : 0,
          ),
        }
      : {}),
    byYear: risks.map((risk) => ({
      code: risk.code,
      name: context.names.get(risk.code) ?? risk.code,
      resultCentsByYear: risk.years.map((y) => y.amountCents),
      largestDecline: risk.largestDecline,
    })),
  }
}
