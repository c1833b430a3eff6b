import { Heading2 } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/**
 * The uitvoeringsplan print's sections in order: anchor and title. A section's number is its place
 * here, and the table of contents is built from this list, so adding a section (the financial
 * agreement, issue 21, draws its own section and takes its number from here) is one entry here plus
 * one component wrapped in `PrintSection`.
 */
export const PRINT_SECTIONS = [
  { id: 'onderdelen', title: 'De zes onderdelen van het plan' },
  { id: 'condities', title: 'Afspraken per conditie' },
  { id: 'afspraken', title: 'De afspraken' },
  { id: 'niveaus', title: 'NvO-niveaus' },
  { id: 'planning', title: 'Planning' },
  { id: 'financiele-afspraak', title: 'Financiële afspraak' },
  { id: 'vaststelling', title: 'Vaststelling van de regiovisie' },
  { id: 'vaststelling-plan', title: 'Vaststelling van het uitvoeringsplan' },
] as const

/** The anchor of one print section. */
export type PrintSectionId = (typeof PRINT_SECTIONS)[number]['id']

/** A section's number in the print (1-based), for its heading and its subheadings ("2.3"). */
export function printSectionNumber(id: PrintSectionId): number {
  return PRINT_SECTIONS.findIndex((s) => s.id === id) + 1
}

/** One section of the print: a new page in print, its numbered heading, then its content. */
export function PrintSection({ id, children }: { id: PrintSectionId; children: ReactNode }) {
  const title = PRINT_SECTIONS.find((s) => s.id === id)?.title ?? id
  return (
    <section aria-labelledby={id} className="bt-print-section">
      <Heading2 id={id}>
        {printSectionNumber(id)}. {title}
      </Heading2>
      {children}
    </section>
  )
}

/** The table of contents: every section, linked to its anchor; it stays in print, on the first page. */
export function PrintContents() {
  return (
    <nav aria-labelledby="inhoud-titel" className="bt-print-toc">
      <p className="utrecht-paragraph bt-print-toc__title" id="inhoud-titel">
        Inhoud van het uitvoeringsplan
      </p>
      <ol>
        {PRINT_SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** The in-document anchor of an agreement's full text (section "De afspraken"): the tables link there. */
export function agreementAnchor(id: number): string {
  return `afspraak-${id}`
}
