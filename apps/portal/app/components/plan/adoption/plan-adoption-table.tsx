import type { RouterOutputs } from '@bt/api'
import { CouncilAdoptionsTable } from '#app/components/plan/council-adoptions-table.tsx'
import { formatDateTime } from '#app/lib/format.ts'

type PlanAdoption = RouterOutputs['plan']['get']['planAdoption']
/** A member council with its adoptions of the uitvoeringsplan. */
export type PlanCouncil = PlanAdoption['councils'][number]
/** The plan revision councils adopt now. */
export type CurrentPlanRevision = NonNullable<PlanAdoption['currentRevision']>

/** Per member council: does it adopt the current plan revision, and every adoption with its decision. */
export function PlanAdoptionTable({
  councils,
  current,
  confirmable,
}: {
  councils: readonly PlanCouncil[]
  current: CurrentPlanRevision | null
  confirmable: ReadonlySet<string>
}) {
  return (
    <CouncilAdoptionsTable
      caption="Vaststelling van het uitvoeringsplan per gemeente"
      label="Vaststelling van het uitvoeringsplan per gemeenteraad"
      currentColumn="Huidige stand"
      current={current ? `revisie ${current.number}` : null}
      confirmable={confirmable}
      councils={councils.map((c) => ({
        ...c,
        adoptions: c.adoptions.map((a) => ({
          ...a,
          what: `Revisie ${a.revisionNumber}`,
          whatDetail: `(gepubliceerd ${formatDateTime(a.revisionPublishedAt)})`,
          counts: a.planRevisionId === current?.id,
        })),
      }))}
    />
  )
}
