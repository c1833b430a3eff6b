import type { RouterOutputs } from '@bt/api'
import type { ExportTable } from './table-export.server.ts'

type Decision = RouterOutputs['meeting']['decisions'][number]

/** The steering group's decisions as a table for CSV/XLSX: one row per decision. */
export function decisionsExport(decisions: readonly Decision[]): ExportTable {
  return {
    sheetName: 'Besluiten',
    header: ['Datum', 'Overleg', 'Soort', 'Agendapunt', 'Besluit', 'Knelpunt', "Regio's", 'Bouwstenen'],
    rows: decisions.map((d) => [
      d.meetingDate,
      d.meetingTitle,
      d.meetingKindLabel,
      d.title,
      d.decision,
      d.bottleneckId,
      d.regions.map((r) => r.name).join(', '),
      d.buildingBlocks.map((b) => `${b.number}. ${b.label}`).join(', '),
    ]),
    widths: [12, 30, 22, 40, 60, 10, 30, 40],
  }
}
