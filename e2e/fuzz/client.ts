// Sends the fuzz requests and records every answer: its status, and whether it breaks the rule
// "no 5xx and no database text in any answer" (issue 11 item 5).

/** Text that only a database error would put in an answer (PostgreSQL and PGlite messages, codes). */
const DATABASE_TEXT =
  /invalid input syntax|out of range for type|violates (?:not-null|foreign key|unique|check) constraint|invalid byte sequence|unsupported Unicode escape|syntax error at or near|index row (?:size|requires)|relation "[^"]+"|column "[^"]+"|duplicate key value|value too long for type|SQLSTATE|PGlite|postgres(?:ql)? error|DatabaseError|kysely/i

export interface Answer {
  status: number
  body: string
  headers: Headers
}

export interface Broken {
  what: string
  status: number
  excerpt: string
}

export class FuzzClient {
  readonly counts = new Map<number, number>()
  readonly broken: Broken[] = []
  /** The slowest answers, for the summary: a slow path is where a limit is missing. */
  readonly slowest: { what: string; ms: number }[] = []
  sent = 0

  constructor(readonly baseURL: string) {}

  /** Send one request (no redirects followed) and check its answer. */
  async send(
    what: string,
    init: {
      method?: string
      path: string
      headers?: Record<string, string>
      body?: string
      cookie?: string
    },
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...init.headers }
    if (init.cookie) headers.cookie = init.cookie
    let answer: Answer
    const started = performance.now()
    try {
      const res = await fetch(this.baseURL + init.path, {
        method: init.method ?? 'GET',
        headers,
        body: init.body,
        redirect: 'manual',
        // A request the portal never answers counts as broken, instead of hanging the run.
        signal: AbortSignal.timeout(30_000),
      })
      answer = { status: res.status, body: await res.text(), headers: res.headers }
    } catch (error) {
      // A reset connection or a dead server is as bad as a 500.
      answer = { status: 599, body: String(error), headers: new Headers() }
    }
    this.sent += 1
    const ms = Math.round(performance.now() - started)
    if (ms > 10_000) console.log(`slow answer (${ms} ms, ${answer.status}): ${what}`)
    this.slowest.push({ what, ms })
    this.slowest.sort((a, b) => b.ms - a.ms).splice(5)
    this.counts.set(answer.status, (this.counts.get(answer.status) ?? 0) + 1)
    const dbText = DATABASE_TEXT.exec(answer.body)
    if (answer.status >= 500 || dbText) {
      const at = dbText ? Math.max(0, dbText.index - 120) : 0
      this.broken.push({ what, status: answer.status, excerpt: answer.body.slice(at, at + 300) })
    }
    return answer
  }

  /** A form post as a browser of this site sends it. */
  postForm(
    what: string,
    path: string,
    fields: [string, string][],
    cookie?: string,
    origin = this.baseURL,
  ) {
    return this.send(what, {
      method: 'POST',
      path,
      cookie,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
    })
  }

  /** Status counts, lowest status first: "200: 12, 400: 3". */
  summary(): string {
    return [...this.counts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')
  }
}

/** Run `tasks` with at most `limit` in flight. */
export async function inParallel(tasks: (() => Promise<unknown>)[], limit = 4) {
  let next = 0
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]?.()
  }
  await Promise.all(Array.from({ length: limit }, worker))
}
