import type { ReactNode } from 'react'

/**
 * The place for "what changed since the previous edition" on the overview and a building block page.
 * The editions issue (14) passes its content as children; until then the section says why it is empty.
 */
export function EditionChangesSlot({ headingId, children }: { headingId: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="bt-edition-changes">
      <h2 className="utrecht-heading-2" id={headingId}>
        Gewijzigd sinds de vorige editie
      </h2>
      {children ?? (
        <p className="utrecht-paragraph">
          Er zijn nog geen bevroren edities. Zodra de eerste halfjaarlijkse editie is bevroren, staat hier wat er sindsdien is
          veranderd.
        </p>
      )}
    </section>
  )
}
