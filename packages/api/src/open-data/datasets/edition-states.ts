import { EDITION_REGION_STATE_LABELS, EDITION_REGION_STATES, EDITION_STATE_LABELS, EDITION_STATES, EditionKeySchema } from '@bt/domain'
import { z } from 'zod'
import { listAllEditions } from '../../services/editions/views.ts'
import { column, defineDataset } from '../dataset.ts'

export const editionStatesRow = z.object({
  editie: column(z.string(), 'Editie', 'Vaste sleutel van de halfjaarlijkse editie (bijvoorbeeld 2026-H1).'),
  editie_naam: column(z.string(), 'Naam', 'Naam van de editie.'),
  editie_status: column(z.enum(EDITION_STATES), 'Stand van de editie', 'open of frozen (bevroren: verandert nooit meer).'),
  regiostatus_code: column(z.enum(EDITION_REGION_STATES), 'Statuscode', 'Vaste code van de stap waarin een regio in deze editie staat.'),
  regiostatus: column(z.string(), 'Status', 'Die stap in woorden.'),
  aantal_regios: column(z.number().int(), 'Aantal regio’s', 'Hoeveel regio’s in deze editie in deze stap staan.'),
})

/** How many regions stand at each step of each edition: national counts, never which region. */
export const editionStates = defineDataset({
  key: 'edities-verdeling-per-status',
  title: 'Regio’s per status van elke editie',
  description: 'Per halfjaarlijkse editie hoeveel regio’s in elke stap staan (concept, ingediend, teruggegeven, goedgekeurd, bevestigd, …): landelijke aantallen, geen regio’s bij naam.',
  source: 'Beschermd Thuis, halfjaarlijkse edities (VNG en de regio’s)',
  licence: 'CC0 1.0',
  method: 'Telling van de regio’s per stap in elke editie zoals de portal die nu kent; bij een bevroren editie ligt de telling vast. Met ?editie=<sleutel> alleen die editie.',
  states: {
    ...Object.fromEntries(EDITION_STATES.map((s) => [s, `Editie: ${EDITION_STATE_LABELS[s]}`])),
    ...Object.fromEntries(EDITION_REGION_STATES.map((s) => [s, `Regio: ${EDITION_REGION_STATE_LABELS[s]}`])),
  },
  row: editionStatesRow,
  params: z.object({ editie: EditionKeySchema.optional().meta({ description: 'Sleutel van één editie, bijvoorbeeld 2026-H1; zonder: alle edities.' }) }),
  async load(scope, params) {
    const all = await listAllEditions(scope.db)
    const editions = params.editie ? all.filter((e) => e.key === params.editie) : all
    const rows = editions.flatMap((e) =>
      EDITION_REGION_STATES.map((state) => ({
        editie: e.key,
        editie_naam: e.label,
        editie_status: e.state,
        regiostatus_code: state,
        regiostatus: EDITION_REGION_STATE_LABELS[state],
        aantal_regios: e.counts.byState[state],
      })),
    )
    // One frozen edition never changes: its file is dated by the freeze, so its bytes (and ETag) stay put.
    const frozenAt = params.editie && editions.length === 1 ? editions[0]?.frozenAt : null
    if (frozenAt) return { rows, asOf: { date: frozenAt.toISOString().slice(0, 10), label: params.editie ?? null }, cache: 'frozen' }
    return { rows, asOf: { date: scope.today, label: params.editie ?? null }, cache: 'current' }
  },
  async snapshots(scope) {
    const all = await listAllEditions(scope.db)
    return all.map((e) => ({ label: e.label, date: e.frozenAt ? e.frozenAt.toISOString().slice(0, 10) : e.dueDate, query: { editie: e.key } }))
  },
})
