import type { ReactNode } from 'react'

/** A short confirmation that what the user just did worked ("… is opgeslagen."), read out by screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <p className="utrecht-paragraph">{children}</p>
    </div>
  )
}
