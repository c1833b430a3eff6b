import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatInteger } from '#app/lib/format.ts'
import type { RegionMember } from './types.ts'

/** The region's municipalities with their inhabitants (reference data, public). */
export function RegionMembers({ regionName, regionCode, members }: { regionName: string; regionCode: string; members: readonly RegionMember[] }) {
  return (
    <section aria-labelledby="gemeenten" className="bt-section">
      <Heading2 id="gemeenten">Gemeenten in de regio</Heading2>
      <DataTable caption={`Gemeenten van ${regionName} met hun inwonertal`} label="Gemeenten in de regio" rows={members} rowKey={(m) => m.code} columns={[
          { key: 'gemeente', header: 'Gemeente', rowHeader: true, cell: (m) => `${m.name}${m.code === regionCode ? ' (centrumgemeente)' : ''}` },
          { key: 'code', header: 'Gemeentecode', cell: (m) => m.code },
          { key: 'inwoners', header: 'Inwoners', numeric: true, cell: (m) => formatInteger(m.inhabitants) },
          { key: 'peiljaar', header: 'Peiljaar', cell: (m) => m.inhabitantsReferenceYear },
        ]} />
      <Paragraph>Bron inwonertallen: openbare gemeentelijst (peildatum niet gedocumenteerd door de bron).</Paragraph>
    </section>
  )
}
