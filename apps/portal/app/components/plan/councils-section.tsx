import { Heading2, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { FormError } from '#app/components/form-field.tsx'
import { CouncilAdoptionsTable, type AdoptedDocument, type CouncilRow } from './council-adoptions-table.tsx'

/**
 * The section "Vaststelling door de gemeenteraden" of the regiovisie and the plan's vaststelling page:
 * how many councils adopted what counts now, the table per council, and the form to record one.
 */
export function CouncilsSection({
  of,
  current,
  adopted,
  empty,
  councils,
  adoptedCount,
  confirmable,
  confirmError,
  form,
}: {
  of: AdoptedDocument
  /** "versie 4" or "revisie 2": what counts now, or null when there is none. */
  current: string | null
  /** What the councils adopted, after "n van m gemeenteraden hebben …". */
  adopted: ReactNode
  /** Said instead while there is nothing to adopt. */
  empty: string
  councils: readonly CouncilRow[]
  adoptedCount: number
  confirmable: ReadonlySet<string>
  /** A refused confirmation. */
  confirmError: string | undefined
  form: ReactNode
}) {
  return (
    <section aria-labelledby="raden" className="bt-section">
      <Heading2 id="raden">Vaststelling door de gemeenteraden</Heading2>
      {current ? (
        <p className="utrecht-paragraph bt-plan-progress">
          <strong>
            {adoptedCount} van {councils.length}
          </strong>{' '}
          gemeenteraden hebben {adopted}
        </p>
      ) : (
        <Paragraph>{empty}</Paragraph>
      )}
      <CouncilAdoptionsTable of={of} current={current} councils={councils} confirmable={confirmable} />
      <FormError message={confirmError} />
      {form}
    </section>
  )
}
