import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatDateTime, formatIsoDate } from '#app/lib/format.ts'

/** One council adoption as the table shows it, for either document (regiovisie or uitvoeringsplan). */
export interface AdoptionRow {
  id: number
  /** "Versie 3" or "Revisie 2": what the council adopted. */
  what: string
  /** Said after `what`, e.g. when that revision was published. */
  whatDetail?: string
  /** Whether it counts for the current version or revision. */
  counts: boolean
  decisionDate: string
  decisionUrl: string
  recordedByLabel: string
  confirmedAt: Date | string | null
  confirmedByLabel: string | null
}

/** A member council with its adoptions of the document. */
export interface CouncilRow {
  municipalityCode: string
  municipalityName: string
  adoptsCurrent: boolean
  adoptions: readonly AdoptionRow[]
}

/** What a council adopts: the regiovisie or the uitvoeringsplan. */
export type AdoptedDocument = 'vision' | 'plan'

/** The table's words per document: caption, the scroll region's name and the current column's header. */
const WORDS = {
  vision: { caption: 'Vaststelling van de regiovisie per gemeente', label: 'Vaststelling per gemeenteraad', currentColumn: 'Huidige versie' },
  plan: {
    caption: 'Vaststelling van het uitvoeringsplan per gemeente',
    label: 'Vaststelling van het uitvoeringsplan per gemeenteraad',
    currentColumn: 'Huidige stand',
  },
} satisfies Record<AdoptedDocument, { caption: string; label: string; currentColumn: string }>

/**
 * Per member council whether it adopted the current version of a document, with every adoption, its
 * decision and its confirmation; the municipality's signatory confirms an editor's recording here.
 */
export function CouncilAdoptionsTable({
  of,
  current,
  councils,
  confirmable,
}: {
  of: AdoptedDocument
  /** "versie 4" or "revisie 2": what counts now, or null when there is none. */
  current: string | null
  councils: readonly CouncilRow[]
  confirmable: ReadonlySet<string>
}) {
  const { caption, label, currentColumn } = WORDS[of]
  return (
    <TableScroll label={label}>
      <table className="utrecht-table utrecht-table--html-table bt-councils">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
            <th scope="col" className="utrecht-table__header-cell">{currentColumn}</th>
            <th scope="col" className="utrecht-table__header-cell">Vaststellingen</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {councils.map((c) => (
            <tr key={c.municipalityCode} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-cell-text">
                {c.municipalityName}
              </th>
              <td className="utrecht-table__cell">{c.adoptsCurrent ? 'Vastgesteld' : 'Niet vastgesteld'}</td>
              <td className="utrecht-table__cell">
                {c.adoptions.length === 0 ? (
                  <span className="bt-muted">Nog geen vaststelling</span>
                ) : (
                  <ul className="bt-adoptions">
                    {c.adoptions.map((a) => (
                      <AdoptionItem
                        key={a.id}
                        adoption={a}
                        municipalityName={c.municipalityName}
                        current={current}
                        canConfirm={confirmable.has(c.municipalityCode)}
                      />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function AdoptionItem({
  adoption: a,
  municipalityName,
  current,
  canConfirm,
}: {
  adoption: AdoptionRow
  municipalityName: string
  current: string | null
  canConfirm: boolean
}) {
  const busy = useNavigation().formData?.get('adoptionId') === String(a.id)
  const what = a.what.toLowerCase()
  return (
    <li className={a.counts ? 'bt-adoption' : 'bt-adoption bt-adoption--old'}>
      {a.what}
      {a.whatDetail ? ` ${a.whatDetail}` : ''}, vastgesteld op {formatIsoDate(a.decisionDate)}
      {a.counts ? null : <span className="bt-adoption__old"> (telt niet voor de huidige {current})</span>}.{' '}
      <a href={a.decisionUrl} rel="noopener noreferrer" className="bt-external">
        Raadsbesluit<span className="bt-visually-hidden"> van {municipalityName} over {what}</span>
        <span className="bt-visually-hidden"> (externe website)</span>
      </a>
      <br />
      {a.confirmedAt ? (
        <span className="bt-muted">
          Bevestigd door {a.confirmedByLabel} op {formatDateTime(a.confirmedAt)}
        </span>
      ) : (
        <span className="bt-muted">Vastgelegd door {a.recordedByLabel}; nog niet bevestigd door de gemeente</span>
      )}
      {canConfirm && !a.confirmedAt ? (
        <Form method="post" className="bt-inline-form bt-confirm-form">
          <input type="hidden" name="intent" value="bevestigen" />
          <input type="hidden" name="adoptionId" value={a.id} />
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            Bevestigen<span className="bt-visually-hidden"> dat de raad van {municipalityName} {what} heeft vastgesteld</span>
          </Button>
        </Form>
      ) : null}
    </li>
  )
}
