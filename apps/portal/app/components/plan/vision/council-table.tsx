import { CouncilAdoptionsTable } from '#app/components/plan/council-adoptions-table.tsx'
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
    <CouncilAdoptionsTable
      caption="Vaststelling van de regiovisie per gemeente"
      label="Vaststelling per gemeenteraad"
      currentColumn="Huidige versie"
      current={currentVersion ? `versie ${currentVersion.number}` : null}
      confirmable={confirmable}
      councils={councils.map((c) => ({
        ...c,
        adoptions: c.adoptions.map((a) => ({ ...a, what: `Versie ${a.versionNumber}`, counts: a.visionVersionId === currentVersion?.id })),
      }))}
    />
  )
}
