import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown.server.ts'

describe('renderMarkdown', () => {
  it('renders the Markdown an agreement uses', () => {
    const html = renderMarkdown('## Doel\n\nWe **spreken af**:\n\n- één\n- twee\n\n[VNG](https://vng.nl)')
    expect(html).toContain('<h2>Doel</h2>')
    expect(html).toContain('<strong>spreken af</strong>')
    expect(html).toContain('<li>één</li>')
    expect(html).toContain('<a href="https://vng.nl">VNG</a>')
  })

  it('shows a script tag as inert text, inline and as a block', () => {
    expect(renderMarkdown('Tekst <script>alert(1)</script> erna')).toBe(
      '<p>Tekst &lt;script&gt;alert(1)&lt;/script&gt; erna</p>',
    )
    const block = renderMarkdown('<script>alert(1)</script>')
    expect(block).not.toContain('<script')
    expect(block).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('keeps other raw HTML and event handlers out', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)">\n\n<div onclick="x()">klik</div>')
    expect(html).not.toMatch(/<img|<div/)
    expect(html).toContain('&lt;img')
  })

  it('drops unsafe link targets', () => {
    for (const text of ['[klik](javascript:alert(1))', '<javascript:alert(1)>', '[x](data:text/html;base64,PHNjcmlwdD4=)']) {
      expect(renderMarkdown(text)).not.toMatch(/href="(javascript|data):/i)
    }
  })
})
