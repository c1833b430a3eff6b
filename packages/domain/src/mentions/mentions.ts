// @-mentions in comments. A mention is "@" followed by a person's full display name, as the suggestion
// list inserts it; the server finds mentions in the text itself, so a form without JavaScript (a typed
// "@Ada de Vries") mentions just the same.

/** Someone who could be mentioned: an id and the display name the text carries. */
export interface MentionCandidate {
  id: string
  name: string
}

/** The longest query the suggestion list answers to (a full name fits). */
export const MAX_MENTION_QUERY = 60

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isBoundaryBefore(text: string, at: number): boolean {
  return at === 0 || /\s|[([{"'“‘]/u.test(text.charAt(at - 1))
}

function isBoundaryAfter(text: string, at: number): boolean {
  return at >= text.length || !LETTER_OR_DIGIT.test(text.charAt(at))
}

/**
 * The people a text mentions, in order of first mention, each once. At each "@" the longest matching
 * name wins (so "@Ada de Vries" is Ada de Vries, not an "Ada"); case does not matter.
 */
export function findMentions<P extends MentionCandidate>(text: string, people: readonly P[]): P[] {
  const byLength = [...people].filter((p) => p.name.trim() !== '').sort((a, b) => b.name.length - a.name.length)
  const lower = text.toLocaleLowerCase('nl-NL')
  const found = new Map<string, P>()
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    if (!isBoundaryBefore(text, at)) continue
    const person = byLength.find((p) => {
      const name = p.name.toLocaleLowerCase('nl-NL')
      return lower.startsWith(name, at + 1) && isBoundaryAfter(text, at + 1 + name.length)
    })
    if (person && !found.has(person.id)) found.set(person.id, person)
  }
  return [...found.values()]
}

/**
 * The mention being typed at the caret: where its "@" stands and what follows it, or null when the
 * caret is not in one (no "@" at a word start before it, a line break in between, or too long a query).
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const start = before.lastIndexOf('@')
  if (start === -1 || !isBoundaryBefore(text, start)) return null
  const query = before.slice(start + 1)
  if (query.includes('\n') || query.length > MAX_MENTION_QUERY) return null
  return { start, query }
}

/** The candidates whose name contains the query (case-insensitive), names starting with it first. */
export function suggestMentions<P extends MentionCandidate>(query: string, people: readonly P[], limit = 8): P[] {
  const q = query.trim().toLocaleLowerCase('nl-NL')
  const matches = people.filter((p) => p.name.toLocaleLowerCase('nl-NL').includes(q))
  const startsFirst = (p: P) => (p.name.toLocaleLowerCase('nl-NL').startsWith(q) ? 0 : 1)
  return [...matches].sort((a, b) => startsFirst(a) - startsFirst(b) || a.name.localeCompare(b.name, 'nl')).slice(0, limit)
}

/** Replace the mention being typed (from its "@" to the caret) by the chosen name; returns text and caret. */
export function insertMention(text: string, mention: { start: number; caret: number }, name: string): { text: string; caret: number } {
  const inserted = `@${name} `
  return { text: text.slice(0, mention.start) + inserted + text.slice(mention.caret), caret: mention.start + inserted.length }
}
