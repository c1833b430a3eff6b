import type { RouterOutputs } from '@bt/api'

type RegionAgreements = RouterOutputs['region']['agreements']
type RegionSection = RouterOutputs['indicator']['regionSection']
type Agreement = RegionAgreements['agreements'][number]
type Planned = RegionAgreements['planning']['overdue'][number]

/*
 * The region pages' loader data, narrowed to the fields their components show (issue 20, ADR 041): a
 * hydrated page's loader data is written into it, so every unused field is encoded by turbo-stream,
 * sent and parsed again in the browser. The components' prop types are these shapes, so a field a
 * component starts to use must be added here.
 */

const planned = (a: Planned) => ({ id: a.id, title: a.title, stage: a.stage, dueDate: a.dueDate, delays: a.delays })

const listed = (a: Agreement) => ({
  id: a.id,
  title: a.title,
  version: a.version,
  stage: a.stage,
  dueDate: a.dueDate,
  planningStatus: a.planningStatus,
  delayed: a.delays.length > 0,
  conditions: a.conditions,
  isPublished: a.isPublished,
  hasUnpublishedChanges: a.hasUnpublishedChanges,
})

/** `region.agreements` as the region page shows it: the matrix's counts without agreement ids, the planning, no list. */
export function agreementsForPage(overview: RegionAgreements) {
  const { view, permissions, total, levels, completeness, lastChange, matrix, planning } = overview
  return {
    view,
    permissions: { canEdit: permissions.canEdit },
    total,
    levels: levels.map((l) => ({ nvoAgreement: l.nvoAgreement, level: l.level })),
    completeness,
    lastChange,
    matrix: {
      rows: matrix.rows.map((r) => ({ kind: r.kind, key: r.key, total: r.total, isWhiteSpot: r.isWhiteSpot, cells: r.cells.map((c) => ({ condition: c.condition, total: c.total, byStage: c.byStage })) })),
      conditions: matrix.conditions,
    },
    planning: { overdue: planning.overdue.map(planned), dueSoon: planning.dueSoon.map(planned), undated: planning.undated.map(planned), delayed: planning.delayed.map(planned) },
  }
}

/** `region.agreements` as the agreement list page shows it: the list's columns and the partners to filter on. */
export function agreementListForPage(overview: RegionAgreements) {
  const { view, permissions, total, partners, agreements } = overview
  return { view, permissions: { canEdit: permissions.canEdit }, total, partners, agreements: agreements.map(listed) }
}

/** `indicator.regionSection` as the monitoring page shows it: an indicator's key, label and unit, and the series' shown fields. */
export function indicatorsForPage(section: RegionSection) {
  return {
    note: section.note,
    canEnter: section.canEnter,
    sections: section.sections.map((s) => ({
      indicator: { key: s.indicator.key, label: s.indicator.label, unit: s.indicator.unit },
      asOf: s.asOf,
      explanation: s.explanation ? { body: s.explanation.body } : null,
      series: s.series.map((p) => ({ period: p.period, regionValue: p.regionValue, nationalValue: p.nationalValue, regionCompleteness: p.regionCompleteness, regionCovered: p.regionCovered, regionOf: p.regionOf })),
    })),
  }
}

export type RegionPageAgreements = ReturnType<typeof agreementsForPage>
export type AgreementListPage = ReturnType<typeof agreementListForPage>
export type RegionPageIndicators = ReturnType<typeof indicatorsForPage>
