import { listRegionMembers, listRegions, type DB, type Transaction } from '@bt/db'
import { random } from './seed-agreements.ts'

// Demo regiovisies (issue 16): most regions recorded their regiovisie in 2025 and every council
// adopted it before 1 January 2026, confirmed by the municipality's signatory; some are still missing
// a council, a late decision or a signatory's confirmation; a few recorded none. So the signal "regiovisie
// not adopted" picks out some regions, as it would in reality, instead of all. Regio Zwolle is left
// without one: its e2e journeys (regional plan, Mijn werk, editions, steering desk) record their own
// versions and adoptions and expect its councils not all to have adopted. Fictitious, like all demo data.

const SEED_DATE = '2026-01-01'
const RECORDED_AT = new Date('2025-10-01T09:00:00Z')
const CONFIRMED_AT = new Date('2025-10-15T10:00:00Z')
/** A council that decided after the deadline: recorded and confirmed in February 2026. */
const LATE = { decisionDate: '2026-02-12', recordedAt: new Date('2026-02-16T09:00:00Z'), confirmedAt: new Date('2026-02-20T10:00:00Z') }
const AUTHOR = 'Demo-redactie'
/** Regions whose demo regiovisie the e2e journeys write themselves. */
const LEFT_TO_JOURNEYS = new Set(['GM0193'])

type Outcome = 'adopted' | 'incomplete' | 'none'

function pickOutcome(next: () => number): Outcome {
  const roll = next()
  return roll < 0.6 ? 'adopted' : roll < 0.85 ? 'incomplete' : 'none'
}

/** Day `day` (1-28) of `month` in 2025. */
function day2025(month: number, day: number): string {
  return `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Seed regiovisie version 1 and its council adoptions for every demo region but those left to journeys. */
export async function seedDemoVisions(trx: Transaction<DB>): Promise<void> {
  for (const region of await listRegions(trx, { onDate: SEED_DATE })) {
    if (LEFT_TO_JOURNEYS.has(region.code)) continue
    const next = random(`${region.code}-vision`)
    const outcome = pickOutcome(next)
    if (outcome === 'none') continue
    const vision = await trx
      .insertInto('visionVersion')
      .values({
        regionCode: region.code,
        number: 1,
        title: `Regiovisie beschermd thuis ${region.name} 2025-2030`,
        body: 'De regio kiest voor **beschermd thuis**: wonen in de wijk met begeleiding, met een vangnet in de regio.',
        documentDate: day2025(3 + Math.floor(next() * 3), 1 + Math.floor(next() * 28)),
        createdByLabel: AUTHOR,
        createdAt: RECORDED_AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const members = await listRegionMembers(trx, { regionCode: region.code, onDate: SEED_DATE })
    // An incomplete region lacks one council, has one deciding after the deadline, or one unconfirmed.
    const gap = outcome === 'incomplete' ? Math.floor(next() * members.length) : -1
    const gapKind = next()
    const adoptions = members.flatMap((m, i) => {
      if (i === gap && gapKind < 0.4) return []
      const late = i === gap && gapKind < 0.7
      const decisionDate = late ? LATE.decisionDate : day2025(6 + Math.floor(next() * 4), 1 + Math.floor(next() * 28))
      const confirmed = !(i === gap && !late)
      return [
        {
          municipalityCode: m.code,
          visionVersionId: vision.id,
          decisionDate,
          decisionUrl: `https://raadsinformatie.example/${m.code.toLowerCase()}/regiovisie-${decisionDate.slice(0, 4)}`,
          recordedByLabel: AUTHOR,
          recordedAt: late ? LATE.recordedAt : RECORDED_AT,
          confirmedAt: confirmed ? (late ? LATE.confirmedAt : CONFIRMED_AT) : null,
          confirmedByLabel: confirmed ? `Ondertekenaar ${m.name} (demo)` : null,
        },
      ]
    })
    if (adoptions.length > 0) await trx.insertInto('councilAdoption').values(adoptions).execute()
  }
}
