import { createDb, type DB, type Kysely } from '@bt/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JOBS } from '../jobs/definitions.ts'
import { createApiTest } from '../testing.ts'
import { deliverDueMails } from './deliver.ts'
import { createSmtpSender } from './smtp.ts'
import { startTestSmtpServer } from './test-smtp-server.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>
const FIELDS = { title: 'Beschermd wonen Kampen', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }
const PUBLIC_URL = 'https://portaal.example'

beforeAll(async () => {
  api = await createApiTest()
  smtp = await startTestSmtpServer()
})
afterAll(async () => {
  await smtp.close()
  await api.close()
})

const send = () => createSmtpSender({ host: '127.0.0.1', port: smtp.port, secure: false, from: 'Beschermd Thuis <noreply@test.example>' })

/** A comment by the viewer on a new agreement by the editor: one mail for the editor. */
async function commentOnNewAgreement(body = 'Klopt de datum?') {
  const agreement = await api.callerAs('region_editor').agreement.create({ regionSlug: 'zwolle', fields: FIELDS })
  const comment = await api.callerAs('region_viewer').agreement.addComment({ agreementId: agreement.id, parentId: null, body })
  return { agreementId: agreement.id, commentId: comment.id }
}

async function mailsFor(agreementId: number) {
  return api.db
    .selectFrom('mailMessage')
    .select(['id', 'status', 'attempts', 'lastError', 'nextAttemptAt', 'sentAt'])
    .where('link', 'like', `/regio/zwolle/afspraken/${agreementId}#%`)
    .execute()
}

describe('mail delivery', () => {
  it('keeps mail in the outbox while no SMTP server is configured', async () => {
    const { agreementId } = await commentOnNewAgreement()
    await JOBS.deliver_mail.run({ db: api.db, now: () => new Date(), throttle: { windowMinutes: 15 }, send: null, publicUrl: PUBLIC_URL })
    expect(await mailsFor(agreementId)).toMatchObject([{ status: 'pending', attempts: 0, sentAt: null }])
  })

  it('sends the outbox through a real SMTP server and marks each mail sent', async () => {
    smtp.received.length = 0
    const { agreementId, commentId } = await commentOnNewAgreement('Wanneer start de aanbesteding?')
    const result = await deliverDueMails(api.db, { send: send(), publicUrl: PUBLIC_URL, now: () => new Date() })
    expect(result.failed).toBe(0)
    const mine = smtp.received.filter((m) => m.raw.includes(`/regio/zwolle/afspraken/${agreementId}#reactie-${commentId}`))
    expect(mine).toHaveLength(1)
    expect(mine[0]?.to).toEqual(['redacteur.zwolle@demo.example'])
    expect(mine[0]?.raw).toContain(`${PUBLIC_URL}/regio/zwolle/afspraken/${agreementId}#reactie-${commentId}`)
    expect(mine[0]?.raw).toMatch(/Subject: .*reageerde/)
    expect(await mailsFor(agreementId)).toMatchObject([{ status: 'sent', attempts: 1 }])
  })

  it('retries a mail the SMTP server refused, and shows it as failed until it is sent', async () => {
    const { agreementId } = await commentOnNewAgreement()
    smtp.state.refuse = true
    const t0 = new Date()
    const refused = await deliverDueMails(api.db, { send: send(), publicUrl: PUBLIC_URL, now: () => t0 })
    expect(refused.sent).toBe(0)
    const [failed] = await mailsFor(agreementId)
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, sentAt: null })
    expect(failed?.lastError).toContain('550')
    expect(failed?.nextAttemptAt.getTime()).toBe(t0.getTime() + 60_000)
    const outbox = await api.callerAs('admin').admin.outbox.list()
    expect(outbox.mails.find((m) => m.id === failed?.id)).toMatchObject({ status: 'failed', attempts: 1 })
    expect(outbox.counts.failed).toBeGreaterThanOrEqual(1)

    // Not due yet: nothing is tried again.
    await deliverDueMails(api.db, { send: send(), publicUrl: PUBLIC_URL, now: () => new Date(t0.getTime() + 30_000) })
    expect((await mailsFor(agreementId))[0]?.attempts).toBe(1)

    smtp.state.refuse = false
    const retried = await deliverDueMails(api.db, { send: send(), publicUrl: PUBLIC_URL, now: () => new Date(t0.getTime() + 61_000) })
    expect(retried.sent).toBeGreaterThanOrEqual(1)
    expect(await mailsFor(agreementId)).toMatchObject([{ status: 'sent', attempts: 2, lastError: null }])
  })

  it('sends each mail once when two workers with their own connections deliver at the same time', async () => {
    smtp.received.length = 0
    const agreementIds: number[] = []
    for (let i = 0; i < 6; i += 1) agreementIds.push((await commentOnNewAgreement(`Vraag ${i}`)).agreementId)
    // PostgreSQL: a second pool on the same database; PGlite is one process's single connection.
    const second: Kysely<DB> = api.url ? await createDb({ kind: 'postgres', url: api.url, maxConnections: 2 }) : api.db
    try {
      const worker = (db: Kysely<DB>) => deliverDueMails(db, { send: send(), publicUrl: PUBLIC_URL, now: () => new Date(), batchSize: 2 })
      const [a, b] = await Promise.all([worker(api.db), worker(second)])
      expect(a.sent + b.sent).toBe(6)
    } finally {
      if (second !== api.db) await second.destroy()
    }
    for (const id of agreementIds) {
      expect(smtp.received.filter((m) => m.raw.includes(`/regio/zwolle/afspraken/${id}#`))).toHaveLength(1)
      expect(await mailsFor(id)).toMatchObject([{ status: 'sent', attempts: 1 }])
    }
  })
})
