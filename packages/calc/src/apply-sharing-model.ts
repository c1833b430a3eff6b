// One entry point for a region's chosen sharing model (DOMAIN.md §6.0 last step, §6.6; seed 004),
// as the pipeline and the api call it. Costs default to the region's budget (Σ own amounts, less
// any retention): the region spends what it receives.
import { compensateLocalSupport, type LocalCompensationResult } from './compensate-local-support.ts'
import {
  computeRetention,
  retainCentralShare,
  type RetentionResult,
  type RetentionRule,
} from './retain-central-share.ts'
import {
  shareByAppropriateShare,
  type AppropriateShareResult,
} from './share-by-appropriate-share.ts'
import {
  GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
  shareByInhabitantsWithReserve,
  type ReserveSharingResult,
} from './share-with-reserve.ts'
import { readMembers, type ShareBase, type SharingMember } from './sharing-common.ts'

/** A region's sharing model and its parameters (cents); members come separately. */
export type SharingModel =
  | {
      readonly kind: 'inhabitantsWithReserve'
      readonly budgetedCostsCents?: number
      readonly actualCostsCents?: number
      readonly reserveBalanceCents: number
      readonly reserveCapCents?: number
    }
  | {
      readonly kind: 'appropriateShare'
      readonly base: ShareBase
      readonly costsCents?: number
      readonly retention?: {
        readonly centralMunicipalityCode: string
        readonly rule: RetentionRule
      }
    }
  | {
      readonly kind: 'centralRetention'
      readonly centralMunicipalityCode: string
      readonly rule: RetentionRule
    }
  | {
      readonly kind: 'localCompensation'
      readonly centralMunicipalityCode: string
      readonly bedCostsCents: number
    }

/** The outcome of applySharingModel, tagged with the model's kind. */
export type SharingResult =
  | ({ readonly kind: 'inhabitantsWithReserve' } & ReserveSharingResult)
  | ({ readonly kind: 'appropriateShare' } & AppropriateShareResult)
  | ({ readonly kind: 'centralRetention' } & RetentionResult)
  | ({ readonly kind: 'localCompensation' } & LocalCompensationResult)

/**
 * Applies a sharing model to a region's members (own amounts in cents); costs default to the
 * members' total and the reserve cap to Gooi en Vechtstreek's €2 million. Throws whatever the
 * chosen model throws (CalcError).
 */
export function applySharingModel(
  members: readonly SharingMember[],
  model: SharingModel,
): SharingResult {
  switch (model.kind) {
    case 'inhabitantsWithReserve': {
      const budget = readMembers(members).budgetCents
      const actual = model.actualCostsCents ?? budget
      return {
        kind: model.kind,
        ...shareByInhabitantsWithReserve({
          members,
          budgetedCostsCents: model.budgetedCostsCents ?? actual,
          actualCostsCents: actual,
          reserveBalanceCents: model.reserveBalanceCents,
          reserveCapCents: model.reserveCapCents ?? GOOI_EN_VECHTSTREEK_RESERVE_CAP_CENTS,
        }),
      }
    }
    case 'appropriateShare': {
      const retention = model.retention
      const budget = readMembers(members).budgetCents
      const retained = retention
        ? computeRetention(budget, retention.rule, ['model', 'retention', 'rule'])
        : 0
      const costsCents = model.costsCents ?? budget - retained
      return {
        kind: model.kind,
        ...shareByAppropriateShare({
          members,
          base: model.base,
          costsCents,
          ...(retention ? { retention } : {}),
        }),
      }
    }
    case 'centralRetention':
      return { kind: model.kind, ...retainCentralShare({ members, ...model }) }
    case 'localCompensation':
      return { kind: model.kind, ...compensateLocalSupport({ members, ...model }) }
  }
}
