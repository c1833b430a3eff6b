import type { Delay, Milestone } from './agreement-content.ts'
import { MilestoneSchema } from './agreements.ts'
import { IsoDateSchema } from './dates.ts'

/**
 * The milestones and delays of a region's agreements as two more sheets (XLSX worksheets "Mijlpalen"
 * and "Vertragingen", or their own CSV files), one row each, named by the agreement's id with its
 * title beside it. Milestones are a list the editor rewrites: the rows of an agreement on the
 * Afspraken sheet are its milestones. Delays are history: recorded ones (with their number) stay as
 * they are, a row without a number records a new delay.
 */

export const MILESTONE_SHEET = 'Mijlpalen'
export const DELAY_SHEET = 'Vertragingen'

export const MILESTONE_COLUMNS = ['afspraak_id', 'afspraak', 'datum', 'mijlpaal'] as const
export const DELAY_COLUMNS = ['afspraak_id', 'afspraak', 'nummer', 'vorige_datum', 'nieuwe_datum', 'reden', 'vastgelegd_op', 'vastgelegd_door'] as const
export type MilestoneSheetRow = Record<(typeof MILESTONE_COLUMNS)[number], string>
export type DelaySheetRow = Record<(typeof DELAY_COLUMNS)[number], string>

interface TimelineAgreement {
  id: number
  title: string
  milestones: readonly Milestone[]
  delays: readonly Delay[]
}

/** Every milestone of the agreements as sheet rows, in the agreements' order. */
export function milestonesToSheetRows(agreements: readonly TimelineAgreement[]): MilestoneSheetRow[] {
  return agreements.flatMap((a) => a.milestones.map((m) => ({ afspraak_id: String(a.id), afspraak: a.title, datum: m.date, mijlpaal: m.label })))
}

/** Every recorded delay of the agreements as sheet rows, numbered per agreement from 1. */
export function delaysToSheetRows(agreements: readonly TimelineAgreement[]): DelaySheetRow[] {
  return agreements.flatMap((a) =>
    a.delays.map((d, i) => ({
      afspraak_id: String(a.id),
      afspraak: a.title,
      nummer: String(i + 1),
      vorige_datum: d.previousDate ?? '',
      nieuwe_datum: d.newDate,
      reden: d.reason,
      vastgelegd_op: d.recordedAt.slice(0, 10),
      vastgelegd_door: d.recordedBy,
    })),
  )
}

/** A problem on a row of the milestone or delay sheet (row 1 is the header). */
export interface TimelineProblem {
  file: string
  row: number
  column: string
  message: string
}

/** The agreements the Afspraken sheet of the same import names: by id, and new ones by title. */
export interface SheetAgreementIndex {
  ids: ReadonlySet<number>
  newTitles: ReadonlySet<string>
}

type Cells = Partial<Record<string, string>>
const cell = (row: Cells, column: string) => (row[column] ?? '').trim()

/**
 * Which agreement a milestone or delay row belongs to: its id (on the Afspraken sheet), or for a
 * new agreement (empty id) its exact title. Returns the key (`id` or `"new:" + title`) or a problem.
 */
function ownerOf(row: Cells, index: SheetAgreementIndex): { key: string } | { column: string; message: string } {
  const idText = cell(row, 'afspraak_id')
  if (idText === '') {
    const title = cell(row, 'afspraak')
    if (title !== '' && index.newTitles.has(title)) return { key: `new:${title}` }
    return { column: 'afspraak_id', message: 'Vul het id van de afspraak in (kolom id op het blad Afspraken), of bij een nieuwe afspraak precies haar titel in de kolom afspraak.' }
  }
  if (!/^\d+$/.test(idText)) return { column: 'afspraak_id', message: 'Het id van de afspraak moet een getal zijn.' }
  if (!index.ids.has(Number(idText))) return { column: 'afspraak_id', message: `Afspraak ${idText} staat niet op het blad Afspraken van dit bestand.` }
  return { key: idText }
}

/** The key under which a row's own number travels (as on the Afspraken sheet). */
const rowNumberOf = (row: Cells, index: number, rowKey: string) => Number(row[rowKey]) || index + 2

/**
 * The milestone sheet read back: each agreement's milestones (by `ownerOf` key, in row order) and
 * the rows that cannot be read. An agreement on the Afspraken sheet without rows here has none.
 */
export function readMilestoneRows(rows: readonly Cells[], index: SheetAgreementIndex, rowKey: string) {
  const milestones = new Map<string, Milestone[]>()
  const problems: TimelineProblem[] = []
  rows.forEach((row, i) => {
    const at = rowNumberOf(row, i, rowKey)
    const fail = (column: string, message: string) => problems.push({ file: MILESTONE_SHEET, row: at, column, message })
    const owner = ownerOf(row, index)
    if (!('key' in owner)) return fail(owner.column, owner.message)
    const parsed = MilestoneSchema.safeParse({ date: cell(row, 'datum'), label: cell(row, 'mijlpaal') })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        fail(issue.path[0] === 'date' ? 'datum' : 'mijlpaal', issue.path[0] === 'date' ? 'Schrijf de datum als JJJJ-MM-DD.' : issue.message)
      }
      return
    }
    milestones.set(owner.key, [...(milestones.get(owner.key) ?? []), parsed.data])
  })
  return { milestones, problems }
}

/** A delay the sheet adds: a new date and a reason (the previous date is the due date then). */
export interface NewDelay {
  row: number
  newDate: string
  reason: string
}

/**
 * The delay sheet read back against the recorded delays (`recorded`, by agreement id): every
 * recorded delay must be there, numbered and unchanged (history is not rewritten); rows without a
 * number are new delays, in row order. Returns the new delays per agreement key and the problems.
 */
export function readDelayRows(
  rows: readonly Cells[],
  index: SheetAgreementIndex,
  recorded: ReadonlyMap<number, readonly Delay[]>,
  rowKey: string,
) {
  const added = new Map<string, NewDelay[]>()
  const seen = new Map<string, Set<number>>()
  const problems: TimelineProblem[] = []
  rows.forEach((row, i) => {
    const at = rowNumberOf(row, i, rowKey)
    const fail = (column: string, message: string) => problems.push({ file: DELAY_SHEET, row: at, column, message })
    const owner = ownerOf(row, index)
    if (!('key' in owner)) return fail(owner.column, owner.message)
    const numberText = cell(row, 'nummer')
    const newDate = cell(row, 'nieuwe_datum')
    const reason = cell(row, 'reden')
    if (numberText !== '') {
      const delays = owner.key.startsWith('new:') ? [] : (recorded.get(Number(owner.key)) ?? [])
      const delay = /^\d+$/.test(numberText) ? delays[Number(numberText) - 1] : undefined
      if (!delay) return fail('nummer', `Afspraak ${owner.key} heeft geen vertraging ${numberText}. Laat het nummer leeg voor een nieuwe vertraging.`)
      seen.set(owner.key, (seen.get(owner.key) ?? new Set()).add(Number(numberText)))
      if (delay.newDate !== newDate || delay.reason.trim() !== reason) {
        fail('nummer', `Vertraging ${numberText} is al vastgelegd en blijft zoals ze is. Zet haar terug en voeg een nieuwe rij zonder nummer toe.`)
      }
      return
    }
    if (owner.key.startsWith('new:')) return fail('afspraak_id', 'Een nieuwe afspraak heeft nog geen vertraging: leg die vast na de import.')
    if (!IsoDateSchema.safeParse(newDate).success) return fail('nieuwe_datum', 'Schrijf de nieuwe datum als JJJJ-MM-DD.')
    if (reason.length < 5) return fail('reden', 'Geef de reden van de vertraging (minstens 5 tekens).')
    if (reason.length > 2_000) return fail('reden', 'De reden heeft hoogstens 2.000 tekens.')
    added.set(owner.key, [...(added.get(owner.key) ?? []), { row: at, newDate, reason }])
  })
  for (const id of index.ids) {
    const count = recorded.get(id)?.length ?? 0
    for (let n = 1; n <= count; n++) {
      if (!seen.get(String(id))?.has(n)) {
        problems.push({ file: DELAY_SHEET, row: 0, column: 'nummer', message: `Vertraging ${n} van afspraak ${id} ontbreekt. Een vastgelegde vertraging blijft bewaard: zet haar rij terug.` })
      }
    }
  }
  return { added, problems }
}
