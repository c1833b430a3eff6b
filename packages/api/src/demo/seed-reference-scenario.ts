import type { DB, Transaction } from '@bt/db'
import { SaveScenarioSchema } from '@bt/domain'
import { markReferenceScenario } from '../services/calc/reference-scenario.ts'
import { saveScenario } from '../services/calc/saved-scenarios.ts'

// The demo's reference scenario (ADR 010, issue 16): the analyst saves Regio Zwolle's published amounts
// (DOMAIN.md §8: €140,096,291 historical to €113,750,051 objective) on a linear path of ten steps from
// 2026 with IJssel-Vecht's sharing model (a passend aandeel by the Wmo integration payment, the
// centrumgemeente keeping 2.5%, capped as in the 2023 covenant) and designates it, through the same
// services the calculation pages use (computed, audited). These are the only published amounts, so
// the budget signal reads real data; at −18.8% over ten steps no year falls more than the default 10%.

const SCENARIO = {
  name: 'Regio Zwolle: gepubliceerde bedragen, passend aandeel (IJssel-Vecht)',
  visibility: 'signed_in',
  parameters: {
    scope: 'GM0193',
    startYear: '2026',
    steps: '10',
    scheduleKind: 'linear',
    publishedHistoricalEuros: '140.096.291',
    publishedObjectiveEuros: '113.750.051',
    sharingModel: 'appropriateShare',
    shareBase: 'wmoIntegrationPayment',
    retentionKind: 'percentage',
    retentionPercent: '2,5',
    retentionCapEuros: '2.324.582',
    retentionMoCapEuros: '4.334.882',
  },
} as const

/** Save and designate the demo reference scenario as the demo analyst (inside the demo seed's transaction). */
export async function seedDemoReferenceScenario(trx: Transaction<DB>, now: Date, today: string): Promise<void> {
  const analyst = await trx.selectFrom('appUser').select(['id', 'name', 'email']).where('email', '=', 'analist@demo.example').executeTakeFirstOrThrow()
  const ctx = {
    actor: { userId: analyst.id, name: analyst.name, email: analyst.email, grants: [{ role: 'vng_analyst' as const, regionCode: null, municipalityCode: null }] },
    requestId: 'demo-seed',
    now,
    today,
  }
  const saved = await saveScenario(trx, ctx, SaveScenarioSchema.parse(SCENARIO))
  await markReferenceScenario(trx, ctx, { scenarioId: saved.id })
}
