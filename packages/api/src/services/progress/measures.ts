import { type DB, type Kysely } from '@bt/db'
import type { BuildingBlockKey } from '@bt/domain'
import type { Context } from '../../context.ts'
import { todaysRegions, type DerivedScope, type TodaysRegions } from './comparison-types.ts'
import { LIVE_BASIS, type DerivedBasis } from './derived-as-of.ts'
import { deriveDistributionModel } from './distribution-model.ts'
import { deriveNationalAgreements } from './national-agreements.ts'
import { deriveRegionalCooperation } from './regional-cooperation.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/** Blocks whose progress this portal derives from the regions' records; the others show status only. */
export const DERIVED_BLOCKS = ['distribution_model', 'regional_cooperation', 'national_agreements'] as const satisfies readonly BuildingBlockKey[]
type DerivedBlock = (typeof DERIVED_BLOCKS)[number]

const isDerived = (block: BuildingBlockKey): block is DerivedBlock => DERIVED_BLOCKS.some((b) => b === block)

/**
 * A derived block's measures and its per-region values for the comparison. For the overview's
 * headlines (`scope`) a block may leave out what only its page shows (block 2: the level distributions).
 */
export async function deriveBlock(
  db: Kysely<DB>,
  ctx: Ctx,
  block: BuildingBlockKey,
  regionsOf: TodaysRegions = todaysRegions(db, ctx),
  basis: DerivedBasis = LIVE_BASIS,
  scope: DerivedScope = 'page',
) {
  if (!isDerived(block)) return null
  if (block === 'distribution_model') return deriveDistributionModel(db, ctx, regionsOf, basis)
  if (block === 'regional_cooperation') return deriveRegionalCooperation(db, ctx, regionsOf, basis, scope)
  return deriveNationalAgreements(db, ctx, regionsOf, basis)
}

/** The derived measures of one block, or null when its progress is a national decision (status only). */
export async function getDerivedMeasures(db: Kysely<DB>, ctx: Ctx, block: BuildingBlockKey) {
  return (await deriveBlock(db, ctx, block))?.measures ?? null
}

export type DerivedMeasures = NonNullable<Awaited<ReturnType<typeof getDerivedMeasures>>>
