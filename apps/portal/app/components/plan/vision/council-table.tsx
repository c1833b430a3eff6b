import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatDateTime, formatIsoDate } from '#app/lib/format.ts'
import type { Council, CurrentVersion } from './types.ts'

/** Per municipality whether its council adopted the current version, with every adoption and its confirmation. */
export function CouncilTable({
  councils,
  currentVersion,
  confirmable,
}: {
  councils: Council[]
  currentVersion: CurrentVersion | null
  confirmable: ReadonlySet<string>
}) {
  return (
    <TableScroll label="Vaststelling per gemeenteraad">
      <table className="utrecht-table utrecht-table--html-table bt-councils">
        <caption className="utrecht-table__caption">Vaststelling van de regiovisie per gemeente</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
            <th scope="col" className="utrecht-table__header-cell">Huidige versie</th>
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
                        current={currentVersion}
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
  adoption: Council['adoptions'][number]
  municipalityName: string
  current: CurrentVersion | null
  canConfirm: boolean
}) {
  const counts = a.visionVersionId === current?.id
  const busy = useNavigation().formData?.get('adoptionId') === String(a.id)
  return (
    <li className={counts ? 'bt-adoption' : 'bt-adoption bt-adoption--old'}>
      Versie {a.versionNumber}, vastgesteld op {formatIsoDate(a.decisionDate)}
      {counts ? null : <span className="bt-adoption__old"> (telt niet voor de huidige versie {current?.number})</span>}.{' '}
      <a href={a.decisionUrl} rel="noopener noreferrer" className="bt-external">
        Raadsbesluit<span className="bt-visually-hidden"> van {municipalityName} over versie {a.versionNumber}</span>
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
            Bevestigen<span className="bt-visually-hidden"> dat de raad van {municipalityName} versie {a.versionNumber} heeft vastgesteld</span>
          </Button>
        </Form>
      ) : null}
    </li>
  )
}
