import { loadGrants, type Actor } from '@bt/auth'
import { findSetting, putSetting, type DB, type Kysely } from '@bt/db'
import type { BottleneckFields } from '@bt/domain'
import { toAmsterdamDate } from '../context.ts'
import { changeBottleneckState, createBottleneck, updateBottleneck } from '../services/bottlenecks/changes.ts'
import { recomputeSignals } from '../services/bottlenecks/signals.ts'

// Demo data for the steering desk (issue 16): signals computed from the demo regions' published
// records (never inserted as rows), and a register filled through the same services people use,
// so every bottleneck has a real history and audit trail.

async function actorOf(db: Kysely<DB>, email: string, today: string): Promise<Actor> {
  const user = await db.selectFrom('appUser').select(['id', 'name', 'email']).where('email', '=', email).executeTakeFirstOrThrow()
  return { userId: user.id, name: user.name, email: user.email, grants: await loadGrants(db, { userId: user.id, onDate: today }) }
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const BASE: Omit<BottleneckFields, 'title' | 'description'> = {
  buildingBlocks: ['regional_cooperation'],
  regionCodes: [],
  severity: 3,
  likelihood: 3,
  ownerUserId: null,
  dueDate: null,
  agreementIds: [],
  indicatorKeys: [],
}

const REGISTER_SETTING = 'demo_register_seeded_at'
const SIGNALS_SETTING = 'demo_signals_computed_on'

/**
 * Compute the demo signals (once a day at start) and fill the register once. The hourly job follows
 * the records between starts, so a restart on a day the signals were computed leaves them as a running
 * server would (1.6–3.3 s less per start on PGlite, issue 20).
 */
export async function seedDemoBottlenecks(db: Kysely<DB>, now: Date): Promise<void> {
  const today = toAmsterdamDate(now)
  if ((await findSetting(db, { key: SIGNALS_SETTING })) !== today) {
    await recomputeSignals(db, { today, now })
    await putSetting(db, { key: SIGNALS_SETTING, value: today })
  }
  if (await findSetting(db, { key: REGISTER_SETTING })) return
  await putSetting(db, { key: REGISTER_SETTING, value: now.toISOString() })
  const [steering, analyst, adviser, zwolle] = await Promise.all(
    ['stuurgroep@demo.example', 'analist@demo.example', 'adviseur@demo.example', 'redacteur.zwolle@demo.example'].map((e) => actorOf(db, e, today)),
  )
  if (!steering || !analyst || !adviser || !zwolle) return
  const as = (actor: Actor) => ({ actor, requestId: 'demo-seed', now, today })

  // 1. A steering member promotes a signal of Regio Zwolle, assigns the analyst and takes it up.
  const signal = await db.selectFrom('signal').select(['id', 'summary', 'buildingBlock', 'regionCode']).where('closedAt', 'is', null).where('regionCode', '=', 'GM0193').orderBy('id').executeTakeFirst()
  if (signal) {
    const promoted = await db.transaction().execute((trx) =>
      createBottleneck(trx, as(steering), {
        fields: {
          ...BASE,
          title: 'Zwolle: afspraken ontbreken voor een deel van de voorwaarden',
          description: `Uit het signaal: ${signal.summary} De regio wordt gevraagd een plan te maken.`,
          regionCodes: ['GM0193'],
          severity: 3,
          likelihood: 4,
          ownerUserId: analyst.userId,
          dueDate: addDays(today, 60),
        },
        signalId: signal.id,
      }),
    )
    await db.transaction().execute((trx) => changeBottleneckState(trx, as(steering), { id: promoted.id, version: promoted.version, to: 'in_progress', reason: 'Besproken met de regio.' }))
  }

  // 2. A region raises a housing bottleneck; the steering group takes it up and puts it on the agenda.
  const housing = await db.transaction().execute((trx) =>
    createBottleneck(trx, as(zwolle), {
      fields: { ...BASE, title: 'Te weinig woningen voor uitstroom uit beschermd wonen', description: 'Cliënten die klaar zijn om zelfstandig te wonen, vinden geen woning; de doorstroom stokt.', buildingBlocks: ['national_agreements'], regionCodes: ['GM0193'], severity: 4, likelihood: 4 },
      signalId: null,
    }),
  )
  const taken = await db.transaction().execute((trx) => changeBottleneckState(trx, as(steering), { id: housing.id, version: housing.version, to: 'in_progress', reason: '' }))
  const owned = await db.transaction().execute((trx) =>
    updateBottleneck(trx, as(steering), {
      id: housing.id,
      version: taken.version,
      fields: { ...BASE, title: 'Te weinig woningen voor uitstroom uit beschermd wonen', description: 'Cliënten die klaar zijn om zelfstandig te wonen, vinden geen woning; de doorstroom stokt.', buildingBlocks: ['national_agreements'], regionCodes: ['GM0193'], severity: 4, likelihood: 4, ownerUserId: steering.userId, dueDate: addDays(today, 30) },
    }),
  )
  await db.transaction().execute((trx) => changeBottleneckState(trx, as(steering), { id: housing.id, version: owned.version, to: 'scheduled', reason: 'Op de agenda van de volgende vergadering.' }))

  // 3. An adviser raises one for Regio Groningen; it is decided and solved.
  const groningen = await db.transaction().execute((trx) =>
    createBottleneck(trx, as(adviser), {
      fields: { ...BASE, title: 'Groningen: onduidelijk wie de kosten van nieuwe cliënten draagt', description: 'Gemeenten in de regio lezen het woonplaatsbeginsel verschillend; cliënten wachten op een besluit.', buildingBlocks: ['residence_principle'], regionCodes: ['GM0014'], severity: 2, likelihood: 3 },
      signalId: null,
    }),
  )
  let version = groningen.version
  for (const to of ['in_progress', 'scheduled', 'decided', 'resolved'] as const) {
    version = (await db.transaction().execute((trx) => changeBottleneckState(trx, as(analyst), { id: groningen.id, version, to, reason: to === 'decided' ? 'Landelijke uitleg vastgesteld.' : '' }))).version
  }

  // 4. An analyst raises a national one that lapses.
  const national = await db.transaction().execute((trx) =>
    createBottleneck(trx, as(analyst), {
      fields: { ...BASE, title: 'Monitoringsgegevens komen te laat binnen', description: 'De halfjaarlijkse cijfers van een aantal regio’s komen na de termijn binnen.', buildingBlocks: ['monitoring'], severity: 2, likelihood: 2 },
      signalId: null,
    }),
  )
  await db.transaction().execute((trx) => changeBottleneckState(trx, as(analyst), { id: national.id, version: national.version, to: 'dropped', reason: 'Opgelost met de nieuwe edities.' }))

  // 5. One reported with a due date that has since passed (the demo's overdue bottleneck).
  const overdue = await db.transaction().execute((trx) =>
    createBottleneck(trx, as(steering), {
      fields: { ...BASE, title: 'Wlz-uitname: afrekening per centrumgemeente onzeker', description: 'De ex-post verrekening laat lang op zich wachten; centrumgemeenten kunnen niet begroten.', buildingBlocks: ['wlz_withdrawal'], severity: 5, likelihood: 3, ownerUserId: steering.userId, dueDate: today },
      signalId: null,
    }),
  )
  // The calendar moved on: written directly, as a due date is never set in the past through the form.
  await db.updateTable('bottleneck').set({ dueDate: addDays(today, -14) }).where('id', '=', overdue.id).execute()
}
