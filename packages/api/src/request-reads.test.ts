// Statements per region page view (issue 20, ADR 035): the procedures the signed-in region page's
// loaders call share one request scope, so the rows every part of the page needs are read once.
import { createSession } from '@bt/auth'
import { DEMO_DATA_SETTING, findSetting, putSetting } from '@bt/db'
import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRuntimeOn, type RequestScope } from './runtime.ts'
import { createApiTest, TEST_NOW } from './testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
const statements: string[] = []
let runtime: ReturnType<typeof createRuntimeOn>

beforeAll(async () => {
  api = await createApiTest()
  // Every statement the runtime sends, as SQL: a plugin sees each query (and each subquery) before it
  // runs, and the result of each statement sent.
  const compiled = new Map<unknown, string>()
  const counting: KyselyPlugin = {
    transformQuery: (args) => (compiled.set(args.queryId, api.db.getExecutor().compileQuery(args.node, args.queryId).sql), args.node),
    transformResult: (args) => (statements.push(compiled.get(args.queryId) ?? ''), compiled.delete(args.queryId), Promise.resolve(args.result)),
  }
  runtime = createRuntimeOn(api.db.withPlugin(counting), { throttle: { maxFailuresPerAccount: 5, maxFailuresPerAddress: 50, windowMinutes: 15 } })
})
afterAll(() => api.close())

const scopeOf = (requestId: string): RequestScope => ({ actor: api.actors.region_editor, requestId, now: TEST_NOW })

/** A signed-in request's scope as the portal makes it: from the session check's one statement. */
async function signedInScope(requestId: string): Promise<RequestScope> {
  const { token } = await createSession(api.db, { userId: api.idOf('region_editor'), now: TEST_NOW })
  const session = await runtime.authenticate(token, TEST_NOW)
  if (!session) throw new Error('no session')
  return { actor: session.actor, requestId, now: TEST_NOW, hasDemoData: session.hasDemoData }
}

/** What the signed-in `/regio/zwolle` asks (root, layout and page loaders), all in one request scope. */
async function regionPageView(scope: RequestScope) {
  const api = () => runtime.caller(scope)
  const slug = 'zwolle'
  await Promise.all([api().site.info(), api().region.bySlug({ slug })])
  await Promise.all([api().region.agreements({ slug }), api().plan.summary({ slug }), api().indicator.regionLatest({ slug }), api().meeting.regionDecisions({ slug })])
  // The page stands without the editions' parts (none frozen in this database).
  await Promise.all([api().edition.changes({ regionSlug: slug }).catch(() => null), api().edition.list()])
}

const count = (pattern: RegExp) => statements.filter((s) => pattern.test(s)).length

describe('one region page view', () => {
  it('reads the region with its members and indeling, the plan summary, the editions and the record counts once', async () => {
    await regionPageView(scopeOf('warm-up')) // the first view may recompute stale aggregates
    const scope = await signedInScope('view')
    statements.length = 0
    await regionPageView(scope)
    console.log(`statements per signed-in region page view: ${statements.length}`)
    // The shell: region, members today and the indeling's kind in one statement, which the page's
    // procedures then take the region and the members from (ADR 045).
    expect(count(/from "region" inner join "municipality" as "centre"/)).toBe(1)
    expect(count(/^select "m"\."code".* from "region_membership" inner join "municipality" as "m"/)).toBe(0)
    expect(count(/^select "id", "kind", "valid_from".* from "indeling_version"/)).toBe(0)
    // The plan's summary: the elements' status, the current regiovisie and the adoptions in one statement.
    expect(count(/"plan_element"|"vision_version"|"council_adoption"/)).toBe(1)
    // The editions with their counts per state in one statement, shared by the list and the change view.
    expect(count(/"edition"|"edition_region"/)).toBe(1)
    expect(count(/from "edition" order by "key" desc/)).toBe(1)
    // The indicators' latest figures are kept per stamp (ADR 043): a repeated view computes none of
    // them, neither the memberships nor the record counts.
    expect(count(/from "region_membership"$/)).toBe(0)
    expect(count(/from agreement a\s+join agreement_revision r on r\.agreement_id = a\.id/)).toBe(0)
    // The stamp they are kept under and the region's explanations come in one statement.
    expect(count(/overview_stamp/)).toBe(1)
    expect(count(/indicator_explanation/)).toBe(1)
    expect(count(/^select \(select stamp::text from overview_stamp\) as stamp,\s+array\(select indicator_key from indicator_explanation/)).toBe(1)
    // Whether demo data is present came with the session check (ADR 050).
    expect(count(/app_setting/)).toBe(0)
    // Every statement of the view: a statement added back fails here (issue 20).
    expect(statements).toHaveLength(7)
  })

  it('answers a repeated view of the indicators’ latest figures with one statement', async () => {
    const scope = scopeOf('latest')
    await runtime.caller(scope).region.bySlug({ slug: 'zwolle' })
    await runtime.caller(scopeOf('latest-warm-up')).indicator.regionLatest({ slug: 'zwolle' })
    statements.length = 0
    await runtime.caller(scope).indicator.regionLatest({ slug: 'zwolle' })
    expect(statements).toHaveLength(1)
  })

  it('reads the memberships and the record counts once for the monitoring page’s sixteen indicators', async () => {
    statements.length = 0
    const scope = scopeOf('monitoring')
    await runtime.caller(scope).region.bySlug({ slug: 'zwolle' })
    await runtime.caller(scope).indicator.regionSection({ slug: 'zwolle' })
    expect(count(/from "region_membership"$/)).toBe(1)
    expect(count(/left join council_adoption a on a\.municipality_code = m\.municipality_code/)).toBe(1)
    expect(count(/from agreement a\s+join agreement_revision r on r\.agreement_id = a\.id/)).toBe(1) // both agreement shares in one read
  })

  it('asks one statement per part of the agreements, plan and decisions', async () => {
    const slug = 'zwolle'
    const own = async (scope: RequestScope) => {
      await runtime.caller(scope).region.bySlug({ slug })
      statements.length = 0
      const api = () => runtime.caller(scope)
      await Promise.all([api().region.agreements({ slug }), api().plan.summary({ slug }), api().meeting.regionDecisions({ slug })])
    }
    await own(scopeOf('parts'))
    // The agreements once (the plan shares them), the NvO levels; the last change comes from the agreements.
    expect(count(/from "agreement" as "a"/)).toBe(1)
    expect(count(/max\("updated_at"\)|max\("published_at"\)/)).toBe(0)
    // The plan summary's elements, current regiovisie and adoptions in one statement (the members from the shell).
    expect(count(/from "plan_element"/)).toBe(1)
    // The decisions name their regions in the same statement.
    expect(count(/from "meeting_item" as "i"/)).toBe(1)
    expect(statements).toHaveLength(4)
  })

  it('lists the editions with their counts per state in one statement', async () => {
    statements.length = 0
    await runtime.caller(scopeOf('editions')).edition.list()
    expect(statements).toHaveLength(1)
  })

  it('summarises the open edition from the same one statement', async () => {
    statements.length = 0
    await runtime.caller(scopeOf('open-edition')).edition.openSummary()
    expect(statements).toHaveLength(1)
  })

  it('reads again in another request', async () => {
    statements.length = 0
    await runtime.caller(scopeOf('a')).region.bySlug({ slug: 'zwolle' })
    await runtime.caller(scopeOf('b')).region.bySlug({ slug: 'zwolle' })
    expect(count(/where "region"\."slug" = \$\d+$/)).toBe(2)
  })

  it('forgets what it read when a mutation in the same request changes it', async () => {
    const scope = scopeOf('post')
    const before = await runtime.caller(scope).region.agreements({ slug: 'zwolle' })
    await runtime.caller(scope).agreement.create({ regionSlug: 'zwolle', fields: { title: `Memo ${Date.now()}`, nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] } })
    const after = await runtime.caller(scope).region.agreements({ slug: 'zwolle' })
    expect(after.total).toBe(before.total + 1)
  })
})

describe('a signed-in request', () => {
  it('checks its session, user and grants in one statement', async () => {
    const { token } = await createSession(api.db, { userId: api.idOf('municipality_signatory'), now: TEST_NOW })
    statements.length = 0
    const session = await runtime.authenticate(token, TEST_NOW)
    expect(statements).toHaveLength(1)
    // A signatory's grant carries the region of their municipality.
    expect(session?.actor.grants).toEqual(api.actors.municipality_signatory?.grants)
    expect(session?.actor.grants[0]?.regionCode).toBe('GM0193')
    expect(session?.hasDemoData).toBe(true)
  })

  it('says whether demo data is present as the database holds it now, whoever changed it', async () => {
    const { token } = await createSession(api.db, { userId: api.idOf('region_viewer'), now: TEST_NOW })
    const seededAt = await findSetting(api.db, { key: DEMO_DATA_SETTING })
    const info = async () => {
      const session = await runtime.authenticate(token, TEST_NOW)
      statements.length = 0
      const answer = await runtime.caller({ actor: session?.actor ?? null, requestId: 'info', now: TEST_NOW, hasDemoData: session?.hasDemoData }).site.info()
      expect(statements).toHaveLength(0)
      return answer.hasDemoData
    }
    try {
      expect(await info()).toBe(true)
      // Removed and written again outside this process's code (another process, an operator).
      await api.db.deleteFrom('appSetting').where('key', '=', DEMO_DATA_SETTING).execute()
      expect(await info()).toBe(false)
      expect((await runtime.caller({ actor: null, requestId: 'anonymous' }).site.info()).hasDemoData).toBe(false)
    } finally {
      await putSetting(api.db, { key: DEMO_DATA_SETTING, value: seededAt })
    }
    expect(await info()).toBe(true)
  })

  it('reads whether demo data is present in site.info for an anonymous request', async () => {
    statements.length = 0
    expect((await runtime.caller({ actor: null, requestId: 'anonymous' }).site.info()).hasDemoData).toBe(true)
    expect(statements).toEqual([expect.stringMatching(/from "app_setting"/)])
  })
})
