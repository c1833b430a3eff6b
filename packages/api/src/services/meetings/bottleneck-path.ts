import { findBottleneck, type DB, type Transaction } from '@bt/db'
import { BOTTLENECK_STATES, canChangeBottleneckState, DomainError, type BottleneckState } from '@bt/domain'
import type { Context } from '../../context.ts'
import { changeBottleneckState } from '../bottlenecks/changes.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

// A meeting moves the bottlenecks on its agenda through the register's one transition table
// (@bt/domain): on the agenda → geagendeerd, decided → besloten, deferred or taken off → in behandeling.

function stateOf(value: string): BottleneckState {
  const state = BOTTLENECK_STATES.find((s) => s === value)
  if (!state) throw new Error(`Unknown bottleneck state ${value}`)
  return state
}

/**
 * The steps from one state to another along allowed changes (shortest first), e.g. gemeld →
 * in behandeling → geagendeerd; empty when already there, undefined when no path exists.
 */
export function pathBetween(from: BottleneckState, to: BottleneckState): BottleneckState[] | undefined {
  if (from === to) return []
  const queue: BottleneckState[][] = [[from]]
  const seen = new Set<BottleneckState>([from])
  for (let path = queue.shift(); path; path = queue.shift()) {
    const last = path[path.length - 1] ?? from
    for (const next of BOTTLENECK_STATES.filter((s) => canChangeBottleneckState(last, s) && !seen.has(s))) {
      if (next === to) return [...path.slice(1), next]
      seen.add(next)
      queue.push([...path, next])
    }
  }
  return undefined
}

/**
 * Move a bottleneck to `to` one allowed step at a time through the register's own state change
 * (history, audit, version check), each step with `reason`. INVALID (Dutch, naming the bottleneck)
 * when the table allows no way there (opgelost, vervallen).
 */
export async function moveBottleneck(trx: Transaction<DB>, ctx: Ctx, params: { bottleneckId: number; to: BottleneckState; reason: string }) {
  const row = await findBottleneck(trx, { id: params.bottleneckId })
  if (!row) throw new DomainError('INVALID', `Knelpunt ${params.bottleneckId} bestaat niet.`, { fieldErrors: { bottleneckId: ['Kies een bestaand knelpunt.'] } })
  const steps = pathBetween(stateOf(row.state), params.to)
  if (!steps) {
    const message = `Het knelpunt “${row.title}” is ${row.state === 'resolved' ? 'opgelost' : 'vervallen'} en kan niet meer op de agenda of besloten worden.`
    throw new DomainError('INVALID', message, { fieldErrors: { bottleneckId: [message] } })
  }
  let version = row.version
  for (const step of steps) {
    version = (await changeBottleneckState(trx, ctx, { id: row.id, version, to: step, reason: params.reason })).version
  }
  return { title: row.title, regionCodes: row.regionCodes, raisedByUserId: row.raisedByUserId, buildingBlocks: row.buildingBlocks }
}
