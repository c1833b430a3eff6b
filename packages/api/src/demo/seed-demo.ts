import { generateId, hashPassword } from '@bt/auth'
import { DEMO_DATA_SETTING, findSetting, insertUser, putSetting, type DB, type Kysely } from '@bt/db'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts'
import { seedCalcExample } from './seed-calc-example.ts'
import { seedDemoAgreements } from './seed-agreements.ts'
import { seedDemoBottlenecks } from './seed-bottlenecks.ts'
import { seedDemoEditions } from './seed-editions.ts'
import { seedDemoFinancialAgreements } from './seed-financial-agreements.ts'
import { seedDemoIndicatorValues } from './seed-indicator-values.ts'
import { seedDemoMeetings } from './seed-meetings.ts'
import { seedDemoReferenceScenario } from './seed-reference-scenario.ts'
import { seedDemoVisions } from './seed-visions.ts'
import { toAmsterdamDate } from '../context.ts'

/**
 * Seed the demo data once (idempotent): accounts for every role and, unless switched off (tests that
 * count records), agreements, NvO levels, regiovisies with council adoptions (not every region's
 * complete), a reference scenario on Regio Zwolle's published amounts, fictitious indicator values for
 * every region, a past and a coming steering group meeting with the bottlenecks they discuss, the
 * signals computed from the regions' records, three regions' financial agreements after seed 004's examples, more of the bottleneck register filled through its
 * services, and half-year editions.
 */
export async function seedDemoData(db: Kysely<DB>, now: Date, options: { agreements?: boolean } = {}): Promise<void> {
  await seedCalcExample(db) // idempotent, so installations seeded before it get the example too
  if (!(await findSetting(db, { key: DEMO_DATA_SETTING }))) await seedOnce(db, now, options)
  // Signals are computed (not seeded) on every start; the register is filled once. Not for tests that count records.
  if (options.agreements !== false) await seedDemoBottlenecks(db, now)
}

async function seedOnce(db: Kysely<DB>, now: Date, options: { agreements?: boolean }): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await db.transaction().execute(async (trx) => {
    for (const account of DEMO_ACCOUNTS) {
      await insertUser(trx, {
        user: { id: generateId(), email: account.email, name: account.name, passwordHash },
        grants: account.grants.map((g) => ({
          role: g.role,
          regionCode: g.regionCode ?? null,
          municipalityCode: g.municipalityCode ?? null,
        })),
      })
    }
    if (options.agreements !== false) {
      await seedDemoAgreements(trx)
      await seedDemoVisions(trx)
      await seedDemoReferenceScenario(trx, now, toAmsterdamDate(now))
      await seedDemoFinancialAgreements(trx, now, toAmsterdamDate(now))
      await seedDemoIndicatorValues(trx)
      await seedDemoMeetings(trx, now)
      await seedDemoEditions(trx)
    }
    await putSetting(trx, { key: DEMO_DATA_SETTING, value: now.toISOString() })
  })
}

/** True while demo data is present (the UI shows a banner). */
export async function hasDemoData(db: Kysely<DB>): Promise<boolean> {
  return (await findSetting(db, { key: DEMO_DATA_SETTING })) !== undefined
}
