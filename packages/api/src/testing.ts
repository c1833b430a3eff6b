// Test-only: a migrated, seeded database with the demo accounts, and callers acting as each of them.
import { ROLE_KEYS } from '@bt/domain'
import { loadGrants, type Actor } from '@bt/auth'
import { createTestDb } from '@bt/db/testing'
import { TRPCError } from '@trpc/server'
import { DEMO_ACCOUNTS } from './demo/demo-accounts.ts'
import { seedDemoData } from './demo/seed-demo.ts'
import { createRuntimeOn } from './runtime.ts'

/** Each role as a demo user (Regio Zwolle where scoped), plus an editor of another region. */
export const WHO = ['anonymous', ...ROLE_KEYS, 'other_region_editor'] as const
export type Who = (typeof WHO)[number]

const EMAIL: Record<Exclude<Who, 'anonymous'>, string> = {
  region_editor: 'redacteur.zwolle@demo.example',
  region_viewer: 'lezer.zwolle@demo.example',
  municipality_signatory: 'ondertekenaar.kampen@demo.example',
  vng_adviser: 'adviseur@demo.example',
  vng_analyst: 'analist@demo.example',
  steering_member: 'stuurgroep@demo.example',
  admin: 'beheerder@demo.example',
  other_region_editor: 'redacteur.groningen@demo.example',
}

export const TEST_NOW = new Date('2026-03-02T09:00:00Z')

/** The demo's half-year edition, and Zwolle's part in it: what the edition tests address. */
export const DEMO_EDITION = '2026-H1'
export const ZWOLLE_IN_DEMO_EDITION = { editionKey: DEMO_EDITION, regionSlug: 'zwolle' }

export async function createApiTest() {
  const { db, close, url } = await createTestDb()
  // Accounts only: tests create the agreements they count.
  await seedDemoData(db, TEST_NOW, { agreements: false })
  const users = await db.selectFrom('appUser').select(['id', 'email', 'name']).execute()
  const actors = {} as Record<Who, Actor | null>
  for (const who of WHO) {
    if (who === 'anonymous') {
      actors[who] = null
      continue
    }
    const user = users.find((u) => u.email === EMAIL[who])
    if (!user) throw new Error(`Demo account ${EMAIL[who]} missing (DEMO_ACCOUNTS: ${DEMO_ACCOUNTS.length})`)
    const grants = await loadGrants(db, { userId: user.id, onDate: '2026-03-02' })
    actors[who] = { userId: user.id, name: user.name, email: user.email, grants }
  }
  const runtime = createRuntimeOn(db, { throttle: { maxFailuresPerAccount: 5, maxFailuresPerAddress: 50, windowMinutes: 15 } })
  let requests = 0
  const callerAs = (who: Who) => runtime.caller({ actor: actors[who], requestId: `test-${++requests}`, now: TEST_NOW })
  /** The user id of a signed-in demo account. */
  const idOf = (who: Who) => {
    const actor = actors[who]
    if (!actor) throw new Error(`no actor ${who}`)
    return actor.userId
  }
  return { db, close, url, actors, callerAs, idOf, runtime }
}

/** The TRPCError a call is refused with; fails the test when the call succeeds or throws anything else. */
export async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call
  } catch (error) {
    if (error instanceof TRPCError) return error
    throw error
  }
  throw new Error('expected the call to be refused')
}

/** The code of the TRPCError a call is refused with (see `refusal`). */
export async function refusalCode(call: Promise<unknown>): Promise<TRPCError['code']> {
  return (await refusal(call)).code
}
