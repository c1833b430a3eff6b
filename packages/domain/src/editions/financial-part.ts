// The region's published financial agreement as part of its edition picture (issue 21): the main
// choices with their linked scenario, the choice matrix, where each member placed itself on the
// strategy axes and the risk register. Long texts stay out except the reasoning and the measures the
// adviser reviews; the situation answers count as answered or not.

import { MAIN_CHOICES, MATRIX_ROWS, SITUATION_QUESTIONS } from '../financial-agreement/reference.ts'
import { riskRegister, type FinancialAgreementContent } from '../financial-agreement/schemas.ts'

export interface PictureFinancialAgreement {
  publishedVersion: number
  publishedAt: string
  situationAnswered: number
  situationQuestions: number
  choices: { choice: string; option: string | null; reasoning: string; scenarioId: string | null; scenarioName: string | null }[]
  matrix: { row: string; option: string | null; reasoning: string }[]
  strategy: { municipalityCode: string; municipalityName: string; change: number; focus: number }[]
  /** The handreiking's risks (by key), then the region's own (by id), each with its label as it stood. */
  risks: { risk: string; label: string; level: string | null; owner: string; measure: string; status: string }[]
}

/** Names the picture keeps, so a frozen picture reads without today's records. */
export interface FinancialPartNames {
  /** Scenario names by id; a deleted or private scenario has none. */
  scenarios: ReadonlyMap<string, string>
  municipalities: ReadonlyMap<string, string>
}

/** The picture's part from a published agreement. */
export function financialPicturePart(
  content: FinancialAgreementContent,
  published: { version: number; at: Date },
  names: FinancialPartNames,
): PictureFinancialAgreement {
  return {
    publishedVersion: published.version,
    publishedAt: published.at.toISOString(),
    situationAnswered: content.situation.filter((s) => s.answer.trim() !== '').length,
    situationQuestions: SITUATION_QUESTIONS.length,
    choices: MAIN_CHOICES.map((c) => {
      const chosen = content.choices.find((x) => x.choice === c.key)
      const scenarioId = chosen?.scenarioId ?? null
      return {
        choice: c.key,
        option: chosen?.option ?? null,
        reasoning: chosen?.reasoning ?? '',
        scenarioId,
        scenarioName: scenarioId === null ? null : (names.scenarios.get(scenarioId) ?? null),
      }
    }),
    matrix: MATRIX_ROWS.map((r) => {
      const chosen = content.matrix.find((x) => x.row === r.key)
      return { row: r.key, option: chosen?.option ?? null, reasoning: chosen?.reasoning ?? '' }
    }),
    strategy: content.strategy.map((s) => ({
      municipalityCode: s.municipalityCode,
      municipalityName: names.municipalities.get(s.municipalityCode) ?? s.municipalityCode,
      change: s.change,
      focus: s.focus,
    })),
    risks: riskRegister(content).map((r) => ({ risk: r.key, label: r.label, level: r.level, owner: r.owner, measure: r.measure, status: r.status })),
  }
}

/** The part's commentable items: each main choice, each matrix row and the risk register. */
export function financialPictureItems(part: PictureFinancialAgreement): { key: string; label: string }[] {
  return [
    ...part.choices.map((c) => ({ key: `finance:choice:${c.choice}`, label: `Financiële afspraak: hoofdkeuze ${mainChoiceLabel(c.choice).toLowerCase()}` })),
    ...part.matrix.map((m) => ({ key: `finance:matrix:${m.row}`, label: `Financiële afspraak: ${matrixRowLabel(m.row).toLowerCase()}` })),
    { key: 'finance:risks', label: 'Financiële afspraak: risico’s' },
  ]
}

/** The building blocks the financial agreement belongs to: the distribution model and cost settlement. */
export const FINANCIAL_PICTURE_BLOCKS = ['distribution_model', 'residence_principle']

/** A chosen option's words; 'geen keuze' for none. */
export function mainChoiceOptionLabel(choice: string, option: string | null): string {
  if (option === null) return 'geen keuze'
  return MAIN_CHOICES.find((c) => c.key === choice)?.options.find((o) => o.key === option)?.label ?? option
}

export function matrixOptionLabel(row: string, option: string | null): string {
  if (option === null) return 'geen keuze'
  const options: readonly { key: string; label: string }[] = MATRIX_ROWS.find((r) => r.key === row)?.options ?? []
  return options.find((o) => o.key === option)?.label ?? option
}

export function mainChoiceLabel(choice: string): string {
  return MAIN_CHOICES.find((c) => c.key === choice)?.label ?? choice
}

export function matrixRowLabel(row: string): string {
  return MATRIX_ROWS.find((r) => r.key === row)?.label ?? row
}

/** What moved in the choices and the matrix since the previous picture: [itemKey, sentence, from, to]. */
export function financialChoiceChanges(
  previous: PictureFinancialAgreement | null | undefined,
  current: PictureFinancialAgreement,
): { itemKey: string; text: string; from: string | null; to: string | null }[] {
  const out: { itemKey: string; text: string; from: string | null; to: string | null }[] = []
  for (const c of current.choices) {
    const old = previous?.choices.find((x) => x.choice === c.choice)?.option ?? null
    if (old === c.option) continue
    out.push({
      itemKey: `finance:choice:${c.choice}`,
      text: `Financiële afspraak, ${mainChoiceLabel(c.choice).toLowerCase()}: van ${mainChoiceOptionLabel(c.choice, old)} naar ${mainChoiceOptionLabel(c.choice, c.option)}.`,
      from: old,
      to: c.option,
    })
  }
  for (const m of current.matrix) {
    const old = previous?.matrix.find((x) => x.row === m.row)?.option ?? null
    if (old === m.option) continue
    out.push({
      itemKey: `finance:matrix:${m.row}`,
      text: `Financiële afspraak, ${matrixRowLabel(m.row).toLowerCase()}: van ${matrixOptionLabel(m.row, old)} naar ${matrixOptionLabel(m.row, m.option)}.`,
      from: old,
      to: m.option,
    })
  }
  return out
}
