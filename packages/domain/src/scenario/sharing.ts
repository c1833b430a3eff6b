import { type z } from 'zod'
import { DEFAULT_RESERVE_CAP_EUROS, DEFAULT_RETENTION_PERCENT } from './constants.ts'
import type { ScenarioFields } from './fields.ts'
import type { ScenarioRetention, ScenarioSharing } from './types.ts'

// The sharing model fields (DOMAIN.md §6.6) read into a region's model, with Dutch messages.

function readRetention(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
  required: boolean,
): ScenarioRetention | null | undefined {
  const kind = fields.retentionKind ?? 'none'
  if (kind === 'none') {
    if (!required) return null
    ctx.addIssue({
      code: 'custom',
      path: ['retentionKind'],
      message: 'Kies of de centrumgemeente een percentage of een vast bedrag inhoudt.',
    })
    return undefined
  }
  if (kind === 'fixed') {
    if (fields.retentionFixedEuros === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retentionFixedEuros'],
        message: 'Vul het vaste bedrag van de inhouding in.',
      })
      return undefined
    }
    return { kind: 'fixed', amountCents: fields.retentionFixedEuros }
  }
  const basisPoints = fields.retentionPercent ?? Math.round(DEFAULT_RETENTION_PERCENT * 100)
  return {
    kind: 'basisPoints',
    basisPoints,
    ...(fields.retentionCapEuros === undefined ? {} : { capCents: fields.retentionCapEuros }),
    ...(fields.retentionMoCapEuros === undefined ? {} : { moCapCents: fields.retentionMoCapEuros }),
  }
}

export function readSharing(
  fields: ScenarioFields,
  ctx: z.RefinementCtx,
): ScenarioSharing | null | undefined {
  const kind = fields.sharingModel ?? 'none'
  if (kind === 'none') return null
  if (fields.scope.kind === 'nation') {
    ctx.addIssue({
      code: 'custom',
      path: ['sharingModel'],
      message:
        'Een verdeelmodel geldt binnen één regio: kies een regio, of kies "Geen verdeelmodel".',
    })
    return undefined
  }
  const actualCostsBasisPoints = fields.actualCostsPercent ?? 10_000
  switch (kind) {
    case 'inhabitantsWithReserve':
      return {
        kind,
        actualCostsBasisPoints,
        reserveBalanceCents: fields.reserveBalanceEuros ?? 0,
        reserveCapCents: fields.reserveCapEuros ?? DEFAULT_RESERVE_CAP_EUROS * 100,
      }
    case 'appropriateShare': {
      const retention = readRetention(fields, ctx, false)
      return retention === undefined
        ? undefined
        : {
            kind,
            base: fields.shareBase ?? 'wmoIntegrationPayment',
            actualCostsBasisPoints,
            retention,
          }
    }
    case 'centralRetention': {
      const retention = readRetention(fields, ctx, true)
      return retention ? { kind, retention } : undefined
    }
    case 'localCompensation':
      return {
        kind,
        bedCostsBasisPoints: fields.bedCostsPercent ?? 7_000,
        localSupportBasisPoints: fields.localSupportPercent ?? 1_500,
      }
  }
}
