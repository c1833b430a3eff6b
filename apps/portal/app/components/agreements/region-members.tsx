import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatInteger } from '#app/lib/format.ts'
import type { RegionMember } from './types.ts'

/** The region's municipalities with their inhabitants (reference data, public). */
export function RegionMembers({ regionName, regionCode, members }: { regionName: string; regionCode: string; members: readonly RegionMember[] }) {
  return (
    <section aria-labelledby="gemeenten" className="bt-section">
      <Heading2 id="gemeenten">Gemeenten in de regio</Heading2>
      <TableScroll label="Gemeenten in de regio">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Gemeenten van {regionName} met hun inwonertal</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
              <th scope="col" className="utrecht-table__header-cell">Gemeentecode</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Inwoners</th>
              <th scope="col" className="utrecht-table__header-cell">Peiljaar</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {members.map((m) => (
              <tr key={m.code} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {m.name}
                  {m.code === regionCode ? ' (centrumgemeente)' : ''}
                </th>
                <td className="utrecht-table__cell">{m.code}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatInteger(m.inhabitants)}</td>
                <td className="utrecht-table__cell">{m.inhabitantsReferenceYear}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Paragraph>Bron inwonertallen: openbare gemeentelijst (peildatum niet gedocumenteerd door de bron).</Paragraph>
    </section>
  )
}
