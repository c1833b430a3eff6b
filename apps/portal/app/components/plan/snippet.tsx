// The marks the API's search puts around matched words in a snippet (PostgreSQL ts_headline's
// StartSel/StopSel). They are exported as MATCH_START/MATCH_END by @bt/db, which the portal may not
// import (it reaches data only through the API): keep these two equal to packages/db/src/repositories/search.ts.
export const MATCH_START = '««'
export const MATCH_END = '»»'

/** A snippet as plain-text pieces, each matched or not. */
export interface SnippetPart {
  text: string
  match: boolean
}

/** Split a snippet on the marks; an unclosed mark counts as matched to the end. No HTML is involved. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  const [before = '', ...rest] = snippet.split(MATCH_START)
  if (before) parts.push({ text: before, match: false })
  for (const piece of rest) {
    const end = piece.indexOf(MATCH_END)
    const matched = end === -1 ? piece : piece.slice(0, end)
    const after = end === -1 ? '' : piece.slice(end + MATCH_END.length)
    if (matched) parts.push({ text: matched, match: true })
    if (after) parts.push({ text: after, match: false })
  }
  return parts
}

/**
 * A search snippet with its matches in `<mark>`, built as React elements from text: whatever the
 * agreement's text holds (Markdown, `<script>`), it is shown as text, never parsed as HTML.
 */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  )
}
