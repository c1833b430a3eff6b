import type { AgreementContent } from '@bt/db'
import { itemAt } from '@bt/domain'

/** One piece of a word diff: kept, added or removed text. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** What changed in one field between two revisions. */
export type FieldChange =
  | { field: string; kind: 'text'; parts: DiffPart[] }
  | { field: string; kind: 'list'; added: string[]; removed: string[] }
  | { field: string; kind: 'value'; before: unknown; after: unknown }

const TEXT_FIELDS = ['title', 'body', 'explanation', 'stageReason'] as const
const LIST_FIELDS = ['nvoAgreements', 'themes', 'conditions', 'buildingBlocks', 'planElements', 'municipalities'] as const
const VALUE_FIELDS = ['stage', 'plannedDate', 'dueDate', 'partners', 'milestones', 'delays'] as const

// Words and the white space after them, so a rejoined diff reads as the original text.
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

/** A word diff by longest common subsequence; texts are at most 20,000 characters. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before)
  const b = tokens(after)
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      itemAt(lcs, i)[j] = a[i] === b[j] ? itemAt(itemAt(lcs, i + 1), j + 1) + 1 : Math.max(itemAt(itemAt(lcs, i + 1), j), itemAt(itemAt(lcs, i), j + 1))
    }
  }
  const parts: DiffPart[] = []
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1)
    if (last?.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', itemAt(a, i++))
      j++
    } else if (itemAt(itemAt(lcs, i + 1), j) >= itemAt(itemAt(lcs, i), j + 1)) push('removed', itemAt(a, i++))
    else push('added', itemAt(b, j++))
  }
  while (i < a.length) push('removed', itemAt(a, i++))
  while (j < b.length) push('added', itemAt(b, j++))
  return parts
}

/** The fields that differ between two revisions of an agreement, in a fixed order. */
export function diffRevisions(before: AgreementContent, after: AgreementContent): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of TEXT_FIELDS) {
    if (before[field] !== after[field]) changes.push({ field, kind: 'text', parts: diffWords(before[field], after[field]) })
  }
  for (const field of LIST_FIELDS) {
    const added = after[field].filter((x) => !before[field].includes(x))
    const removed = before[field].filter((x) => !after[field].includes(x))
    if (added.length || removed.length) changes.push({ field, kind: 'list', added, removed })
  }
  for (const field of VALUE_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ field, kind: 'value', before: before[field], after: after[field] })
    }
  }
  return changes
}
