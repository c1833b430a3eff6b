import { BUILDING_BLOCKS, STATUSES } from '@bt/domain'
import type { RouterContextProvider } from 'react-router'
import { asOfParam } from '#app/lib/as-of.ts'
import { getApi, toRouteError } from './api.server.ts'
import type { ExportTable } from './table-export.server.ts'

/** What the status download's columns mean; the JSON download carries them, the CSV's headers say them. */
export const STATUS_DEFINITIONS = {
  status: 'Productstatus van het onderdeel zoals besloten op het besluitmoment: √ gereed, (√) deels gereed, √ / ● product gereed en besluit volgt, ● nog niet gereed.',
  besloten_op: 'Datum van het besluitmoment (Bestuurlijk Overleg) waarop deze status is vastgesteld.',
  gepland_gereed: 'De datum waarop het onderdeel gereed moet zijn, als die bij de status is vastgelegd.',
  toelichting: 'De verplichte toelichting bij de laatste statuswijziging.',
}

/** The overview's statuses as of the request's `?per=` moment, as one table per sub-line. */
export async function loadStatusExport(context: Readonly<RouterContextProvider>, request: Request) {
  const picture = await getApi(context).overview.buildingBlocks({ asOf: asOfParam(request) }).catch(toRouteError)
  const asOfDate = picture.asOf.isNow ? picture.asOf.onDate : (picture.asOf.moment?.momentDate ?? picture.asOf.onDate)
  const rows = picture.blocks.flatMap((block) => {
    const label = BUILDING_BLOCKS.find((b) => b.key === block.buildingBlock)?.label ?? block.buildingBlock
    return block.subLines.map((line) => ({
      bouwsteen: block.number,
      bouwsteen_naam: label,
      onderdeel: line.label,
      status: `${STATUSES[line.status].symbol} ${STATUSES[line.status].label}`,
      besloten_op: line.momentDate,
      besluitmoment: line.momentLabel,
      gepland_gereed: line.plannedDate,
      toelichting: line.note,
    }))
  })
  const table: ExportTable = {
    sheetName: 'Stand per bouwsteen',
    header: ['Bouwsteen', 'Naam', 'Onderdeel', 'Status', 'Besloten op', 'Besluitmoment', 'Gepland gereed', 'Toelichting', 'Stand per'],
    rows: rows.map((r) => [r.bouwsteen, r.bouwsteen_naam, r.onderdeel, r.status, r.besloten_op, r.besluitmoment, r.gepland_gereed, r.toelichting, asOfDate]),
  }
  return { asOf: { date: asOfDate, moment: picture.asOf.moment?.label ?? null, isNow: picture.asOf.isNow }, rows, table }
}
