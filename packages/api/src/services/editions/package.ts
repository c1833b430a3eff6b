// A frozen edition as one package: tables of regions, levels, agreements, indicators and disputes,
// each column defined in Dutch. The portal writes it as XLSX (a sheet per table), CSV or JSON.

import { listDisputes, listEditionRegions, type DB, type Kysely } from '@bt/db'
import { DomainError, NVO_AGREEMENTS } from '@bt/domain'
import { getEdition } from './lookup.ts'
import { completenessOf, stateLabel } from './views.ts'

type Cell = string | number | null

export interface PackageTable {
  name: string
  title: string
  columns: { key: string; definition: string }[]
  rows: Cell[][]
}

const REGION_CODE = 'CBS-code van de centrumgemeente van de regio.'

/** A table of the package: every table starts with the region's code, then its own columns (key → definition). */
function table(name: string, title: string, definitions: Record<string, string>, rows: Cell[][]): PackageTable {
  const columns = Object.entries({ regiocode: REGION_CODE, ...definitions }).map(([key, definition]) => ({ key, definition }))
  return { name, title, columns, rows }
}

const nvoNumber = (key: string) => NVO_AGREEMENTS.find((a) => a.key === key)?.number ?? null

/** The frozen edition's tables with definitions; an open edition has no package yet. */
export async function getEditionPackage(db: Kysely<DB>, input: { editionKey: string }) {
  const edition = await getEdition(db, input.editionKey)
  if (edition.state !== 'frozen') {
    throw new DomainError('INVALID', `Editie ${edition.key} is nog open: het pakket is er zodra de editie bevroren is.`)
  }
  const rows = await listEditionRegions(db, { editionId: edition.id })
  const disputes = await listDisputes(db, { editionId: edition.id })
  const disputeCount = (code: string) => disputes.filter((d) => d.regionCode === code).length
  const tables = [
    table('regios', 'Regio’s en hun stand', {
      regio: 'Naam van de regio.',
      stand: 'Waar het beeld van de regio stond toen de editie werd bevroren.',
      betwist: 'Aantal onderdelen dat de regio betwistte, elk met een reden.',
      volledigheid: 'Deel (0-1) van de acht NvO-niveaus en zes planonderdelen dat is ingevuld.',
      beeld_genomen: 'Moment waarop het beeld werd vastgelegd (bij het laatste indienen).',
    }, rows.map((r) => [r.regionCode, r.regionName, stateLabel(r.state, disputeCount(r.regionCode)), disputeCount(r.regionCode), completenessOf(r.picture), r.pictureTakenAt?.toISOString() ?? null])),
    table('niveaus', 'NvO-niveaus per regio', {
      afspraak: 'Nummer (1-8) van de NvO-afspraak.',
      niveau: 'Niveau 0-4: niet gestart, in voorbereiding, concept, vastgesteld, geactualiseerd.',
      toelichting: 'Toelichting van de regio bij het niveau.',
    }, rows.flatMap((r) => (r.picture?.levels ?? []).map((l) => [r.regionCode, nvoNumber(l.nvoAgreement), l.level, l.explanation]))),
    table('afspraken', 'Gepubliceerde afspraken per regio', {
      afspraak_id: 'Nummer van de afspraak in het portaal.',
      titel: 'Titel van de afspraak.',
      stadium: 'Stadium: concept, vastgesteld, in uitvoering, gerealiseerd of vervallen.',
      uiterste_datum: 'Datum waarop de afspraak gerealiseerd moet zijn.',
      vertragingen: 'Aantal vastgelegde vertragingen.',
      over_datum: '1 als de uiterste datum voorbij was en de afspraak niet gerealiseerd of vervallen.',
    }, rows.flatMap((r) => (r.picture?.agreements ?? []).map((a) => [r.regionCode, a.id, a.title, a.stage, a.dueDate, a.delayCount, a.overdue ? 1 : 0]))),
    table('indicatoren', 'Laatst beschikbare indicatorwaarden per regio', {
      indicator: 'Sleutel van de indicator in de catalogus.',
      periode: 'De eigen periode van de waarde (jaar, halfjaar of kwartaal).',
      waarde: 'De waarde; leeg als die ontbreekt of geheim is.',
      status: 'Status van de waarde: definitief, voorlopig, geheim, nul of ontbrekend.',
    }, rows.flatMap((r) => (r.picture?.indicators ?? []).map((i) => [r.regionCode, i.key, i.period, i.value, i.state]))),
    table('betwist', 'Betwiste onderdelen met de reden van de regio', {
      onderdeel: 'Het onderdeel van het beeld dat de regio betwist.',
      reden: 'De reden die de regio gaf.',
    }, disputes.map((d) => [d.regionCode, d.itemLabel, d.reason])),
  ]
  return { edition: { key: edition.key, label: edition.label, frozenAt: edition.frozenAt }, tables }
}
