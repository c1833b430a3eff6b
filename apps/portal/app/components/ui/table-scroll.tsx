import type { ReactNode } from 'react'

/**
 * A wide table's scroll container: focusable and named, so keyboard users can scroll it too
 * (WCAG 2.1.1; axe `scrollable-region-focusable`). Its edges shade while more columns lie beyond
 * them (pure CSS in app.css, `.bt-table-scroll`), so the cue works without JavaScript.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="bt-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
