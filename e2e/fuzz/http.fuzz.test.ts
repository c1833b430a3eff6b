// Issue 11 item 5: bad input of every kind, sent OVER HTTP to the BUILT portal, on each engine
// (PGlite; PostgreSQL too when TEST_DATABASE_URL is set): every tRPC procedure (walking the router),
// the forms of the pages a signed-in user reaches, /zoeken, the login and odd Origin headers.
// No answer may be a 5xx or carry database text. Needs `pnpm exec turbo run build --filter=@bt/portal`.
import { appRouter } from '@bt/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FuzzClient, inParallel } from './client.ts'
import { crawl } from './crawl.ts'
import { startOnPglite, startOnPostgres, type RunningPortal } from './portal-server.ts'
import { BAD_STRINGS, badValuesFor, leavesOf, sampleOf, withLeaf } from './samples.ts'

const PASSWORD = 'welkom-bij-de-demo'
/** A demo account per role (README); Regio Zwolle is the demo region. */
const ACCOUNT_BY_ROLE: Record<string, string> = {
  admin: 'beheerder@demo.example',
  vng_analyst: 'analist@demo.example',
  steering_member: 'stuurgroep@demo.example',
  vng_adviser: 'adviseur@demo.example',
  region_editor: 'redacteur.zwolle@demo.example',
  region_viewer: 'lezer.zwolle@demo.example',
  municipality_signatory: 'ondertekenaar.kampen@demo.example',
}
const port = Number(process.env.E2E_PORT ?? 3412) + 2
const postgresUrl = process.env.TEST_DATABASE_URL
const engines = [
  { engine: 'pglite', start: () => startOnPglite(port) },
  ...(postgresUrl
    ? [{ engine: 'postgres', start: () => startOnPostgres(port + 1, postgresUrl) }]
    : []),
]

async function signIn(client: FuzzClient, email: string): Promise<string> {
  const answer = await client.postForm(`login ${email}`, '/inloggen', [
    ['email', email],
    ['password', PASSWORD],
  ])
  const cookie = answer.headers
    .getSetCookie()
    .find((c) => c.includes('='))
    ?.split(';')[0]
  if (answer.status !== 302 || !cookie)
    throw new Error(`could not sign in as ${email}: ${answer.status}`)
  return cookie
}

/** tRPC over HTTP as the portal's client sends it (superjson: the input under `json`). */
function callProcedure(
  client: FuzzClient,
  what: string,
  p: { path: string; type: string; input: unknown; cookie?: string; origin?: string },
) {
  const payload = JSON.stringify({ json: p.input })
  if (p.type === 'query') {
    const headers: Record<string, string> = p.origin === undefined ? {} : { origin: p.origin }
    return client.send(what, {
      path: `/api/trpc/${p.path}?input=${encodeURIComponent(payload)}`,
      cookie: p.cookie,
      headers,
    })
  }
  return client.send(what, {
    method: 'POST',
    path: `/api/trpc/${p.path}`,
    cookie: p.cookie,
    headers: { 'content-type': 'application/json', origin: p.origin ?? client.baseURL },
    body: payload,
  })
}

interface ProcedureDef {
  type: string
  meta?: { allow?: unknown }
  inputs: unknown[]
}

/** Every procedure in the router, with a session that passes its audience check. */
function proceduresWithCallers(sessions: Record<string, string>) {
  const procedures = (
    appRouter._def as unknown as { procedures: Record<string, { _def: ProcedureDef }> }
  ).procedures
  return Object.entries(procedures).map(([path, procedure]) => {
    const allow = procedure._def.meta?.allow
    const role = Array.isArray(allow)
      ? (allow as string[]).find((r) => r in sessions)
      : 'region_editor'
    return {
      path,
      type: procedure._def.type,
      schema: procedure._def.inputs[0],
      cookie: role ? sessions[role] : undefined,
    }
  })
}

function fuzzProcedures(client: FuzzClient, sessions: Record<string, string>) {
  const tasks: (() => Promise<unknown>)[] = []
  for (const p of proceduresWithCallers(sessions)) {
    const sample = p.schema ? sampleOf(p.schema) : undefined
    const inputs: unknown[] = [sample, 'nul\u0000', 2_147_483_648, ['\u0000'], { '\u0000': 1 }]
    for (const leaf of leavesOf(sample))
      for (const bad of badValuesFor(leaf)) inputs.push(withLeaf(sample, leaf.path, bad))
    for (const input of inputs)
      tasks.push(() => callProcedure(client, `${p.type} ${p.path}`, { ...p, input }))
    // A tRPC body that is not JSON at all.
    tasks.push(() =>
      client.send(`broken body ${p.path}`, {
        method: 'POST',
        path: `/api/trpc/${p.path}`,
        cookie: p.cookie,
        headers: { origin: client.baseURL },
        body: '{"json":',
      }),
    )
  }
  return tasks
}

function fuzzLoginAndSearch(client: FuzzClient, cookie: string) {
  const emails = [
    'nul\u0000@demo.example',
    `${'a'.repeat(2_700)}@demo.example`,
    'ä'.repeat(10_000),
    '',
  ]
  const tasks: (() => Promise<unknown>)[] = emails.map(
    (email) => () =>
      client.postForm('login e-mail', '/inloggen', [
        ['email', email],
        ['password', 'fout'],
      ]),
  )
  tasks.push(() =>
    client.postForm('login password', '/inloggen', [
      ['email', 'x@demo.example'],
      ['password', 'p'.repeat(100_000)],
    ]),
  )
  tasks.push(() =>
    client.postForm('login repeated fields', '/inloggen', [
      ['email', 'a@b.nl'],
      ['email', 'c@d.nl'],
    ]),
  )
  for (const q of [
    ...BAD_STRINGS,
    '%',
    '&&&',
    '!:*',
    '((',
    "'",
    '\\',
    '2147483648',
    'zo\u0000rg',
  ]) {
    tasks.push(() => client.send('search', { path: `/zoeken?q=${encodeURIComponent(q)}`, cookie }))
    tasks.push(() =>
      client.send('search signed out', { path: `/zoeken?q=${encodeURIComponent(q)}` }),
    )
  }
  return tasks
}

/** Malformed and foreign Origin headers on tRPC and form posts. */
function fuzzOrigins(client: FuzzClient, cookie: string) {
  const origins = [
    'null',
    '',
    'http://',
    'http://[',
    '://',
    'not a url',
    'http://exa mple.org',
    'file://',
    'http://127.0.0.1:99999',
    `http://${'a'.repeat(5_000)}`,
    '\u00e9://x',
    'https://evil.example',
  ]
  const tasks: (() => Promise<unknown>)[] = []
  for (const origin of origins) {
    tasks.push(() =>
      callProcedure(client, `origin ${origin.slice(0, 30)}`, {
        path: 'search.agreements',
        type: 'mutation',
        input: { query: 'zorg' },
        cookie,
        origin,
      }),
    )
    tasks.push(() =>
      callProcedure(client, `origin query ${origin.slice(0, 30)}`, {
        path: 'site.info',
        type: 'query',
        input: undefined,
        cookie,
        origin,
      }),
    )
    tasks.push(() =>
      client.postForm(
        `origin login ${origin.slice(0, 30)}`,
        '/inloggen',
        [
          ['email', 'x@demo.example'],
          ['password', 'fout'],
        ],
        undefined,
        origin,
      ),
    )
  }
  return tasks
}

/** Every field of every form found, with each kind of bad value; and bad numbers in page URLs. */
async function fuzzForms(client: FuzzClient, cookie: string, start: string[]) {
  const { pages, forms } = await crawl(client, cookie, start, 45)
  const tasks: (() => Promise<unknown>)[] = []
  const bad = ['nul\u0000byte', '2147483648', '99999999999999999999', 'x'.repeat(3_000), '-1']
  for (const form of forms) {
    for (const [i, [name]] of form.fields.entries()) {
      if (name === 'intent') continue
      for (const value of bad) {
        const fields = form.fields.map((f, j): [string, string] => (j === i ? [f[0], value] : f))
        tasks.push(() =>
          client.postForm(`form ${form.action} ${name}`, form.action, fields, cookie),
        )
      }
    }
  }
  for (const page of pages.filter((p) => /\/\d+/.test(p))) {
    for (const n of ['2147483648', '99999999999999999999', '%00', '-1']) {
      const path = page.replace(/\/\d+/, `/${n}`)
      tasks.push(() => client.send(`GET ${path}`, { path, cookie }))
    }
  }
  return { tasks, pages: pages.length, forms: forms.length }
}

describe.each(engines)(
  'bad input over HTTP to the built portal on $engine',
  ({ engine, start }) => {
    let portal: RunningPortal
    beforeAll(async () => {
      portal = await start()
    }, 240_000)
    afterAll(() => portal?.stop())

    it('never answers with a 5xx or with database text', async () => {
      const client = new FuzzClient(portal.baseURL)
      const sessions: Record<string, string> = {}
      for (const [role, email] of Object.entries(ACCOUNT_BY_ROLE))
        sessions[role] = await signIn(client, email)
      const editor = sessions.region_editor as string
      const admin = sessions.admin as string

      const editorForms = await fuzzForms(client, editor, [
        '/',
        '/regio/zwolle',
        '/rekenen',
        '/zoeken?q=zorg',
      ])
      const adminForms = await fuzzForms(client, admin, ['/beheer'])
      await inParallel([...editorForms.tasks, ...adminForms.tasks])
      await inParallel(fuzzProcedures(client, sessions))
      // Login last: its failures throttle this client's address.
      await inParallel([...fuzzOrigins(client, editor), ...fuzzLoginAndSearch(client, editor)])

      console.log(
        `fuzz on ${engine}: ${client.sent} requests (${editorForms.pages + adminForms.pages} pages, ` +
          `${editorForms.forms + adminForms.forms} forms, ${Object.keys(appRouter._def.procedures).length} procedures); ` +
          `statuses ${client.summary()}; slowest ${client.slowest.map((s) => `${s.what} ${s.ms} ms`).join(', ')}`,
      )
      expect(client.broken.slice(0, 20), `${client.broken.length} answers broke the rule`).toEqual(
        [],
      )
    }, 600_000)
  },
)
