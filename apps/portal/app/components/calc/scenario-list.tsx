// The saved scenarios the user may read.
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { RouterOutputs } from '@bt/api'
import { SCENARIO_VISIBILITY_LABELS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatDateTime } from '#app/lib/format.ts'

const th = 'utrecht-table__header-cell'
const td = 'utrecht-table__cell'

export function ScenarioList({ scenarios }: { scenarios: RouterOutputs['calc']['list'] }) {
  return (
    <section aria-labelledby="opgeslagen" className="bt-section">
      <Heading2 id="opgeslagen">Opgeslagen scenario&apos;s</Heading2>
      {scenarios.length === 0 ? (
        <Paragraph>
          Er zijn nog geen scenario&apos;s die u mag zien. Reken hieronder een scenario door en sla
          het op.
        </Paragraph>
      ) : (
        <TableScroll label="Tabel: opgeslagen scenario's">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">
              Scenario&apos;s van uzelf, uw regio en gedeeld met iedereen, nieuwste eerst
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className={th}>
                  Naam
                </th>
                <th scope="col" className={th}>
                  Voor
                </th>
                <th scope="col" className={th}>
                  Zichtbaar voor
                </th>
                <th scope="col" className={th}>
                  Door
                </th>
                <th scope="col" className={th}>
                  Opgeslagen
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {scenarios.map((s) => (
                <tr key={s.id} className="utrecht-table__row">
                  <th scope="row" className={th}>
                    <Link to={`/rekenen/scenario/${s.id}`}>{s.name}</Link>
                    {s.isRegionChoice ? <span className="bt-badge">Keuze van de regio</span> : null}
                  </th>
                  <td className={td}>{s.regionName ?? 'Landelijk'}</td>
                  <td className={td}>{SCENARIO_VISIBILITY_LABELS[s.visibility]}</td>
                  <td className={td}>{s.isOwn ? 'Uzelf' : s.ownerName}</td>
                  <td className={td}>{formatDateTime(s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
