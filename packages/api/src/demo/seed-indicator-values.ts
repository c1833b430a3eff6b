import { listRegionCodes, type DB, type Kysely, type Transaction } from '@bt/db'
import { getPeriod, type ValueState } from '@bt/domain'

// Fictitious region-reported indicator values for the demo (SEED_DEMO=1 only): ten years of quarters and
// half years for every region, with suppressed and provisional cells. Marked is_demo and sourced
// "Fictief demogegeven" so no one mistakes them for real figures.
const SOURCE = 'Fictief demogegeven (gegenereerd voor de demo)'
const FIRST_YEAR = 2016
const YEARS = 10

/** A small deterministic generator (mulberry32) so every demo database holds the same figures. */
function generator(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface DemoCell {
  indicatorKey: string
  period: string
  state: ValueState
  value: number | null
  numerator: number | null
  denominator: number | null
}

function regionCells(regionCode: string): DemoCell[] {
  const random = generator(Number(regionCode.slice(2)) * 7919)
  const size = 0.5 + random() * 2
  const cells: DemoCell[] = []
  const lastYear = FIRST_YEAR + YEARS - 1
  const stateOf = (period: string) => {
    if (random() < 0.03) return 'suppressed' as const
    return period.startsWith(String(lastYear)) && period >= `${lastYear}-H2` ? ('provisional' as const) : ('final' as const)
  }
  const push = (indicatorKey: string, period: string, value: number, parts?: [number, number]) => {
    const state = stateOf(period)
    const numbered = state !== 'suppressed'
    cells.push({ indicatorKey, period, state, value: numbered ? value : null, numerator: numbered && parts ? parts[0] : null, denominator: parts ? (numbered ? parts[1] : null) : null })
  }
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const t = year - FIRST_YEAR
    for (let q = 1; q <= 4; q++) {
      const waiting = Math.round(size * (60 - t * 3) + random() * 15)
      push('waiting_list_bw', `${year}-Q${q}`, waiting)
      if (q % 2 === 0) push('waiting_list_bw', `${year}-H${q / 2}`, waiting)
      push('housing_units_added', `${year}-Q${q}`, Math.round(size * (2 + t * 0.8) + random() * 4))
    }
    for (let h = 1; h <= 2; h++) {
      const period = `${year}-H${h}`
      const clients = Math.round(size * 400 + random() * 60)
      const home = Math.round(clients * (0.15 + t * 0.03 + random() * 0.05))
      push('bw_clients', period, clients)
      push('bw_clients_by_form', period, home)
      push('bw_home_share', period, (home / clients) * 100, [home, clients])
      const waitingPeople = Math.round(size * 20 + random() * 10) + 1
      const days = Math.round(waitingPeople * (30 + random() * 40))
      push('shelter_wait_days', period, days / waitingPeople, [days, waitingPeople])
    }
    push('zvw_consultation_available', String(year), year >= 2020 && random() < 0.3 + t * 0.08 ? 1 : 0)
    push('insurer_cooperation', String(year), Math.min(3, Math.floor(t / 3 + random() * 1.5)))
  }
  return cells
}

/** Insert the demo values of every region in a few bulk statements (inside the demo seed's transaction). */
export async function seedDemoIndicatorValues(trx: Transaction<DB> | Kysely<DB>): Promise<void> {
  const regions = await listRegionCodes(trx)
  const rows = regions.flatMap((r) =>
    regionCells(r.code).map((c) => ({
      ...c,
      areaLevel: 'region' as const,
      areaCode: r.code,
      periodEnd: getPeriod(c.period).lastDay,
      source: SOURCE,
      enteredByLabel: 'Demo',
      isDemo: true,
    })),
  )
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('indicatorValue')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['indicatorKey', 'areaLevel', 'areaCode', 'period']).doNothing())
      .execute()
  }
  const zwolle = regions.find((r) => r.code === 'GM0193')
  if (zwolle) {
    await trx
      .insertInto('indicatorExplanation')
      .values({
        indicatorKey: 'waiting_list_bw',
        regionCode: zwolle.code,
        body: 'Fictieve demotoelichting: de wachtlijst daalt sinds de regio in 2020 extra woonplekken met begeleiding inkocht.',
        updatedByLabel: 'Demo',
      })
      .onConflict((oc) => oc.columns(['indicatorKey', 'regionCode']).doNothing())
      .execute()
  }
}
