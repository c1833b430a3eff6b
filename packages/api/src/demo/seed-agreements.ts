import { listRegionMembers, listRegions, type AgreementContent, type DB, type Transaction } from '@bt/db'
import { itemAt, NVO_AGREEMENT_KEYS } from '@bt/domain'
import { insertSeedAgreements, insertSeedNvoLevels, type SeedAgreement } from './bulk-insert.ts'
import { AGREEMENT_TEMPLATES, DELAY_REASONS, PARTNER_NAMES, STAGE_WEIGHTS } from './agreement-templates.ts'

const AUTHOR = 'Demo-redactie'
// Fixed dates keep the demo data the same on every machine and every start.
const SEED_DATE = '2026-01-01'
const CREATED_AT = new Date('2025-09-01T09:00:00Z')

/** A small deterministic generator (LCG), seeded per region so each region's data is stable. */
export function random(seedText: string) {
  let state = [...seedText].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 2166136261)
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Fisher-Yates with the given generator: the same order on every engine. */
function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[result[i], result[j]] = [itemAt(result, j), itemAt(result, i)]
  }
  return result
}

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() + months)
  return date.toISOString().slice(0, 10)
}

function pickStage(next: () => number) {
  const total = STAGE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0)
  let roll = next() * total
  for (const [stage, weight] of STAGE_WEIGHTS) {
    roll -= weight
    if (roll < 0) return stage
  }
  return 'concept'
}

/** One region's fictitious agreements: 6 to 15, varied stages, some delayed, some white spots. */
export function generateRegionAgreements(regionCode: string, memberCodes: readonly string[]): { content: AgreementContent; publish: boolean; laterEdit: boolean }[] {
  const next = random(regionCode)
  const count = 6 + Math.floor(next() * 10)
  // Each region leaves one or two conditions without agreements: its white spots.
  const skipped = new Set(['housing_variants', 'affordable_housing', 'self_management', 'insurer_cooperation'].filter(() => next() < 0.45))
  const templates = AGREEMENT_TEMPLATES.filter((t) => !t.conditions.some((c) => skipped.has(c)))
  const chosen = shuffle(templates, next).slice(0, count)
  return chosen.map((template) => {
    const stage = pickStage(next)
    const plannedDate = next() < 0.9 ? addMonths(SEED_DATE, Math.floor(next() * 30) - 10) : null
    const delayed = plannedDate !== null && (stage === 'vastgesteld' || stage === 'in_uitvoering') && next() < 0.3
    const delays = delayed
      ? [
          {
            reason: DELAY_REASONS[Math.floor(next() * DELAY_REASONS.length)] ?? itemAt(DELAY_REASONS, 0),
            previousDate: plannedDate,
            newDate: addMonths(plannedDate, 3 + Math.floor(next() * 9)),
            recordedAt: '2025-11-15T10:00:00.000Z',
            recordedBy: AUTHOR,
          },
        ]
      : []
    const partners = template.partnerKinds.map((kind) => {
      const names = PARTNER_NAMES[kind]
      return { name: names[Math.floor(next() * names.length)] ?? itemAt(names, 0), kind }
    })
    const municipalities = memberCodes.filter(() => next() < 0.3)
    const content: AgreementContent = {
      title: template.title,
      body: template.body,
      nvoAgreements: [...template.nvoAgreements],
      themes: [...template.themes],
      conditions: [...template.conditions],
      // Some agreements lack expected fields, so completeness has something to show.
      buildingBlocks: next() < 0.85 ? [...template.buildingBlocks] : [],
      planElements: next() < 0.85 ? [...template.planElements] : [],
      municipalities,
      partners,
      milestones: plannedDate ? [{ date: addMonths(plannedDate, -3), label: 'Concept besproken met partners' }] : [],
      delays,
      plannedDate,
      dueDate: delays.at(-1)?.newDate ?? plannedDate,
      stage,
      stageReason: stage === 'vervallen' ? 'Opgegaan in een bredere regionale afspraak.' : '',
      explanation: next() < 0.5 ? 'Toelichting van de regio: dit is een voorbeeldafspraak.' : '',
    }
    return { content, publish: next() < 0.75, laterEdit: next() < 0.2 }
  })
}

/** Seed the demo agreements (with revisions and publication) and NvO levels of every region. */
export async function seedDemoAgreements(trx: Transaction<DB>): Promise<void> {
  const agreements: SeedAgreement[] = []
  const levels: { regionCode: string; nvoAgreement: string; level: number; explanation: string }[] = []
  for (const region of await listRegions(trx, { onDate: SEED_DATE })) {
    const members = await listRegionMembers(trx, { regionCode: region.code, onDate: SEED_DATE })
    for (const { content, publish, laterEdit } of generateRegionAgreements(region.code, members.map((m) => m.code))) {
      // A later draft change that is not yet published.
      const second = laterEdit
        ? { ...content, explanation: `${content.explanation} Bijgewerkt na overleg met de partners.`.trim() }
        : undefined
      agreements.push({ regionCode: region.code, first: content, second, published: publish })
    }
    const next = random(`${region.code}-levels`)
    for (const nvoAgreement of NVO_AGREEMENT_KEYS) {
      if (next() < 0.25) continue
      levels.push({ regionCode: region.code, nvoAgreement, level: Math.floor(next() * 5), explanation: 'Voorbeeldtoelichting van de regio.' })
    }
  }
  await insertSeedAgreements(trx, { agreements, authorLabel: AUTHOR, at: CREATED_AT })
  await insertSeedNvoLevels(trx, { levels, authorLabel: AUTHOR, at: CREATED_AT })
}
