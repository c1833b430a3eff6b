import {
  allocate,
  applySharingModel,
  computeMunicipalityRiskFigures,
  type SharingMember,
  type SharingModel,
  type SharingResult,
  type YearlyChange,
} from '@bt/calc'
import type { ScenarioSharing, SharingModelKind } from '@bt/domain'
import type { CalcRegion } from './inputs.ts'

/** basisPoints of totalCents, rounded by the one allocator (above 100%: the whole plus the rest). */
export function basisPointsOf(totalCents: number, basisPoints: number): number {
  if (basisPoints > 10_000) return totalCents + basisPointsOf(totalCents, basisPoints - 10_000)
  const [part] = allocate(totalCents, [
    { key: 'part', weight: basisPoints },
    { key: 'rest', weight: 10_000 - basisPoints },
  ])
  return part!.amountCents
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
}

/** What the sharing needs of the region: members' amounts, inhabitants, objective amounts and bases. */
export interface SharingContext {
  region: CalcRegion
  names: ReadonlyMap<string, string>
  inhabitants: ReadonlyMap<string, number>
  objectiveCents: ReadonlyMap<string, number>
  wmoIntegrationPaymentCents: ReadonlyMap<string, number>
}

/** calc's model for one year: percentages of the region's budget that year become cents. */
function toCalcModel(
  sharing: ScenarioSharing,
  regionCode: string,
  budgetCents: number,
): SharingModel {
  switch (sharing.kind) {
    case 'inhabitantsWithReserve':
      return {
        kind: sharing.kind,
        budgetedCostsCents: budgetCents,
        actualCostsCents: basisPointsOf(budgetCents, sharing.actualCostsBasisPoints),
        reserveBalanceCents: sharing.reserveBalanceCents,
        reserveCapCents: sharing.reserveCapCents,
      }
    case 'appropriateShare':
      return {
        kind: sharing.kind,
        base: sharing.base,
        costsCents: basisPointsOf(budgetCents, sharing.actualCostsBasisPoints),
        ...(sharing.retention
          ? { retention: { centralMunicipalityCode: regionCode, rule: sharing.retention } }
          : {}),
      }
    case 'centralRetention':
      return { kind: sharing.kind, centralMunicipalityCode: regionCode, rule: sharing.retention }
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

/** Apply the region's model to one year's amounts (cents per member code). Throws CalcError. */
export function shareYear(
  context: SharingContext,
  sharing: ScenarioSharing,
  amounts: ReadonlyMap<string, number>,
): SharingResult {
  const list = members(context, sharing, amounts)
  const budget = list.reduce((sum, m) => sum + m.amountCents, 0)
  return applySharingModel(list, toCalcModel(sharing, context.region.code, budget))
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
 * The model for the budget year (from its blended amounts) and, per path year, what each member
 * ends up with, with its largest yearly decline (DOMAIN.md §6.6: municipalities only after sharing).
 * Throws CalcError.
 */
export function shareRegion(
  context: SharingContext,
  sharing: ScenarioSharing,
  budgetYear: ReadonlyMap<string, number>,
  path: readonly { year: number; amounts: ReadonlyMap<string, number> }[],
): SharingDto {
  const result = shareYear(context, sharing, budgetYear)
  const years = path.map((entry) => ({
    year: entry.year,
    lines: shareYear(context, sharing, entry.amounts).lines,
  }))
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
    byYear: risks.map((risk) => ({
      code: risk.code,
      name: context.names.get(risk.code) ?? risk.code,
      resultCentsByYear: risk.years.map((y) => y.amountCents),
      largestDecline: risk.largestDecline,
    })),
  }
}
