import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MATCH_END, MATCH_START, Snippet, snippetParts } from './snippet.tsx'

const m = (word: string) => `${MATCH_START}${word}${MATCH_END}`

describe('search snippets', () => {
  it('splits a snippet into plain and matched pieces', () => {
    expect(snippetParts(`Corporaties stellen woningen beschikbaar voor ${m('uitstroom')} uit ${m('beschermd')} wonen`)).toEqual([
      { text: 'Corporaties stellen woningen beschikbaar voor ', match: false },
      { text: 'uitstroom', match: true },
      { text: ' uit ', match: false },
      { text: 'beschermd', match: true },
      { text: ' wonen', match: false },
    ])
  })

  it('handles a match at the start, an unclosed mark and a stray end mark', () => {
    expect(snippetParts(`${m('Uitstroom')} naar de Wlz`)).toEqual([
      { text: 'Uitstroom', match: true },
      { text: ' naar de Wlz', match: false },
    ])
    expect(snippetParts(`tekst ${MATCH_START}open`)).toEqual([
      { text: 'tekst ', match: false },
      { text: 'open', match: true },
    ])
    expect(snippetParts(`los ${MATCH_END} teken`)).toEqual([{ text: `los ${MATCH_END} teken`, match: false }])
  })

  it('wraps matches in <mark> and shows HTML in the text as text', () => {
    const { container } = render(<Snippet snippet={`<script>alert(1)</script> en <b>${m('vet')}</b>`} />)
    expect(container.querySelectorAll('mark')).toHaveLength(1)
    expect(container.querySelector('mark')?.textContent).toBe('vet')
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(container.textContent).toBe('<script>alert(1)</script> en <b>vet</b>')
  })
})
