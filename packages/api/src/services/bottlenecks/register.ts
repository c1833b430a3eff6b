import {
  countBottlenecksByBlockAndState,
  findBottleneck,
  listBottleneckComments,
  listBottleneckEvents,
  listBottlenecks,
  listActiveUsersWithRoles,
  listAllRegionNames,
  listRegionSlugs,
  listSignalSummaries,
  type DB,
  type Kysely,
} from '@bt/db'
import {
  BOTTLENECK_TRANSITIONS,
  DomainError,
  isOpenBottleneckState,
  type BottleneckFilter,
  type RoleKey,
} from '@bt/domain'
import type { Context } from '../../context.ts'
import { BOTTLENECK_RAISERS, mayManageBottlenecks, registerScope } from './access.ts'
import { withHrefs } from './links.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/** The stored state as the domain's union (the column's check constraint holds the same list). */
function requireScope(ctx: Ctx) {
  const scope = registerScope(ctx.actor)
  if (!scope) throw new DomainError('FORBIDDEN', 'U heeft geen toegang tot het knelpuntenregister.')
  return scope
}

type Row = NonNullable<Awaited<ReturnType<typeof findBottleneck>>>

/** A register row as pages show it: the state as a union, whether it is overdue today. */
function toItem(row: Row, today: string) {
  const state = row.state
  return { ...row, state, overdue: isOpenBottleneckState(state) && row.dueDate !== null && row.dueDate < today }
}

/** Anyone, anonymous too: how many bottlenecks there are per building block and state, nothing more. */
export async function countBottlenecks(db: Kysely<DB>) {
  return countBottlenecksByBlockAndState(db)
}

/** The register as the caller may see it, filtered, with what the filters can choose from. */
export async function listRegister(db: Kysely<DB>, ctx: Ctx, filter: BottleneckFilter) {
  const scope = requireScope(ctx)
  const [rows, regions, owners] = await Promise.all([
    listBottlenecks(db, { scope, filter }),
    listAllRegionNames(db),
    listOwnerCandidates(db),
  ])
  return {
    items: rows.map((row) => toItem(row, ctx.today)),
    regions,
    owners,
    canRaise: ctx.actor?.grants.some((g) => BOTTLENECK_RAISERS.includes(g.role)) ?? false,
    canManage: mayManageBottlenecks(ctx.actor),
  }
}

/** One bottleneck with its history, comments and the state changes the caller may make. */
export async function getBottleneck(db: Kysely<DB>, ctx: Ctx, input: { id: number }) {
  const scope = requireScope(ctx)
  const row = await findBottleneck(db, { id: input.id, scope })
  // Outside the caller's part of the register it does not exist for them.
  if (!row) throw new DomainError('NOT_FOUND', `Knelpunt ${input.id} bestaat niet.`)
  const [events, comments, signals] = await Promise.all([
    listBottleneckEvents(db, { bottleneckId: row.id }),
    listBottleneckComments(db, { bottleneckId: row.id }),
    row.signalIds.length === 0
      ? []
      : listSignalSummaries(db, { ids: row.signalIds }),
  ])
  const item = toItem(row, ctx.today)
  const canManage = mayManageBottlenecks(ctx.actor)
  const links = await withHrefs(db, [
    ...row.regionCodes.map((code) => ({ kind: 'region', ref: code, label: code })),
    ...row.agreementIds.map((id) => ({ kind: 'agreement', ref: String(id), label: `Afspraak ${id}` })),
    ...row.indicatorKeys.map((key) => ({ kind: 'indicator', ref: key, label: key })),
    ...signals.map((s) => ({ kind: 'signal', ref: String(s.id), label: s.summary })),
  ])
  const evidenceLinks = await withHrefs(db, evidenceLinksOf(row.evidence))
  return { bottleneck: item, events, comments, signals, links, evidenceLinks, canManage, nextStates: canManage ? BOTTLENECK_TRANSITIONS[item.state] : [] }
}

/** The links a promoted signal's evidence carried, read defensively (stored JSON). */
function evidenceLinksOf(evidence: Record<string, unknown> | null) {
  const links = evidence?.links
  if (!Array.isArray(links)) return []
  return links.flatMap((l: unknown) => {
    if (typeof l !== 'object' || l === null) return []
    // an object, checked above; its fields are checked one by one below
    const { kind, ref, label } = l as Record<string, unknown>
    return typeof kind === 'string' && typeof ref === 'string' && typeof label === 'string' ? [{ kind, ref, label }] : []
  })
}

/** Roles whose holders may own a bottleneck. */
const OWNER_ROLES: readonly RoleKey[] = ['steering_member', 'vng_analyst', 'vng_adviser']

/** The people who may own a bottleneck: active steering members, analysts and advisers. */
export async function listOwnerCandidates(db: Kysely<DB>) {
  return listActiveUsersWithRoles(db, { roles: OWNER_ROLES })
}

/** What the raise/edit form chooses from: regions (a region raises only for its own), owners. */
export async function getBottleneckFormOptions(db: Kysely<DB>, ctx: Pick<Context, 'actor'>, regionCodes: string[] | null) {
  const [regionRows, owners] = await Promise.all([
    regionCodes ? listRegionSlugs(db, { codes: regionCodes }) : listAllRegionNames(db),
    listOwnerCandidates(db),
  ])
  return { regions: regionRows.map((r) => ({ code: r.code, name: r.name })), owners, canManage: mayManageBottlenecks(ctx.actor) }
}
