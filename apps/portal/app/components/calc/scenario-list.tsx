// The saved scenarios the user may read.
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import type { RouterOutputs } from '@bt/api'
import { SCENARIO_VISIBILITY_LABELS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatDateTime } from '#app/lib/format.ts'

type Scenario = RouterOutputs['calc']['list'][number]

const COLUMNS: Column<Scenario>[] = [
  {
    key: 'naam',
    header: 'Naam',
    rowHeader: true,
    cell: (s) => (
      <>
        <Link to={`/rekenen/scenario/${s.id}`}>{s.name}</Link>
        {s.isRegionChoice ? <span className="bt-badge">Keuze van de regio</span> : null}
      </>
    ),
  },
  { key: 'voor', header: 'Voor', cell: (s) => s.regionName ?? 'Landelijk' },
  { key: 'zichtbaar', header: 'Zichtbaar voor', cell: (s) => SCENARIO_VISIBILITY_LABELS[s.visibility] },
  { key: 'door', header: 'Door', cell: (s) => (s.isOwn ? 'Uzelf' : s.ownerName) },
  { key: 'opgeslagen', header: 'Opgeslagen', cell: (s) => formatDateTime(s.createdAt) },
]

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
        <DataTable
          caption="Scenario's van uzelf, uw regio en gedeeld met iedereen, nieuwste eerst"
          label="Tabel: opgeslagen scenario's"
          columns={COLUMNS}
          rows={scenarios}
          rowKey={(s) => s.id}
        />
      )}
    </section>
  )
}
