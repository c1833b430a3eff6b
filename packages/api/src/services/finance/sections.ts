import {
  FINANCIAL_RISKS,
  MAIN_CHOICES,
  MATRIX_ROWS,
  SITUATION_QUESTIONS,
  type FinancialAgreementContent,
  type SaveFinancialAgreement,
} from '@bt/domain'

// One posted section of a region's financial agreement into the stored document (ADR 036): the
// other sections stay as they were; every keyed part becomes a list in the handreiking's order.

/** A posted entry, or null when the form left it out. */
function entry<T>(record: Readonly<Record<string, T>>, key: string): T | null {
  return Object.hasOwn(record, key) ? (record[key] ?? null) : null
}

const LEVELS = ['low', 'medium', 'high'] as const

/** The document with `input`'s section replaced; answers keep their date and author unless they changed. */
export function applySection(
  current: FinancialAgreementContent,
  input: SaveFinancialAgreement,
  who: { name: string; today: string },
): FinancialAgreementContent {
  switch (input.section) {
    case 'situation': {
      const situation = SITUATION_QUESTIONS.flatMap((q) => {
        const answer = entry<string>(input.answers, q.key) ?? ''
        if (answer === '') return []
        const before = current.situation.find((s) => s.question === q.key)
        if (before && before.answer === answer) return [before]
        return [{ question: q.key, answer, answeredOn: who.today, author: who.name }]
      })
      return { ...current, situation }
    }
    case 'matrix': {
      const matrix = MATRIX_ROWS.flatMap((r) => {
        const posted = entry(input.rows, r.key)
        if (!posted || (posted.option === '' && posted.reasoning === '')) return []
        return [{ row: r.key, option: posted.option === '' ? null : posted.option, reasoning: posted.reasoning }]
      })
      return { ...current, matrix }
    }
    case 'choices': {
      const choices = MAIN_CHOICES.flatMap((c) => {
        const posted = entry(input.choices, c.key)
        if (!posted || (posted.option === '' && posted.reasoning === '' && posted.scenarioId === '')) return []
        return [
          {
            choice: c.key,
            option: posted.option === '' ? null : posted.option,
            reasoning: posted.reasoning,
            scenarioId: posted.scenarioId === '' ? null : posted.scenarioId,
          },
        ]
      })
      return { ...current, choices }
    }
    case 'strategy': {
      const strategy = Object.entries(input.places).flatMap(([municipalityCode, place]) =>
        place.change === '' || place.focus === '' ? [] : [{ municipalityCode, change: place.change, focus: place.focus }],
      )
      return { ...current, strategy: strategy.sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode)) }
    }
    case 'risks': {
      const risks = FINANCIAL_RISKS.map((r) => {
        const posted = entry(input.risks, r.key)
        return {
          risk: r.key,
          level: LEVELS.find((l) => l === posted?.level) ?? null,
          owner: posted?.owner ?? '',
          measure: posted?.measure ?? '',
          status: posted?.status ?? 'open',
        }
      })
      return { ...current, risks, ownRisks: ownRisksOf(current.ownRisks, input.ownRisks) }
    }
  }
}

type PostedOwnRisks = Extract<SaveFinancialAgreement, { section: 'risks' }>['ownRisks']

/**
 * The region's own risks after a post: each saved one updated, or dropped when 'remove' is ticked
 * or its fields are emptied; the 'new' row added when it has a name. Ids are never reused.
 */
function ownRisksOf(saved: FinancialAgreementContent['ownRisks'], posted: PostedOwnRisks): FinancialAgreementContent['ownRisks'] {
  const fields = (p: PostedOwnRisks[string]) => ({
    label: p.label,
    level: LEVELS.find((l) => l === p.level) ?? null,
    owner: p.owner,
    measure: p.measure,
    status: p.status,
  })
  const kept = saved.flatMap((risk) => {
    const p = entry(posted, risk.id)
    if (!p) return [risk]
    if (p.remove !== undefined || p.label === '') return []
    return [{ id: risk.id, ...fields(p) }]
  })
  const added = entry(posted, 'new')
  if (!added || added.remove !== undefined || added.label === '') return kept
  const highest = Math.max(0, ...saved.map((r) => Number(r.id.slice(3))))
  return [...kept, { id: `own${highest + 1}`, ...fields(added) }]
}

/** What the audit log keeps of a save: the section's part of the document before and after. */
export function sectionOf(content: FinancialAgreementContent, section: SaveFinancialAgreement['section']) {
  return section === 'risks' ? { risks: content.risks, ownRisks: content.ownRisks } : { [section]: content[section] }
}
