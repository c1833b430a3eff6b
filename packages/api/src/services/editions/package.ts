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
  const tables: PackageTable[] = [
    {
      name: 'regios',
      title: 'Regio’s en hun stand',
      columns: [
        { key: 'regiocode', definition: 'CBS-code van de centrumgemeente van de regio.' },
        { key: 'regio', definition: 'Naam van de regio.' },
        { key: 'stand', definition: 'Waar het beeld van de regio stond toen de editie werd bevroren.' },
        { key: 'betwist', definition: 'Aantal onderdelen dat de regio betwistte, elk met een reden.' },
        { key: 'volledigheid', definition: 'Deel (0-1) van de acht NvO-niveaus en zes planonderdelen dat is ingevuld.' },
        { key: 'beeld_genomen', definition: 'Moment waarop het beeld werd vastgelegd (bij het laatste indienen).' },
      ],
      rows: rows.map((r) => [r.regionCode, r.regionName, stateLabel(r.state, disputeCount(r.regionCode)), disputeCount(r.regionCode), completenessOf(r.picture), r.pictureTakenAt?.toISOString() ?? null]),
    },
    {
      name: 'niveaus',
      title: 'NvO-niveaus per regio',
      columns: [
        { key: 'regiocode', definition: 'CBS-code van de centrumgemeente van de regio.' },
        { key: 'afspraak', definition: 'Nummer (1-8) van de NvO-afspraak.' },
        { key: 'niveau', definition: 'Niveau 0-4: niet gestart, in voorbereiding, concept, vastgesteld, geactualiseerd.' },
        { key: 'toelichting', definition: 'Toelichting van de regio bij het niveau.' },
      ],
      rows: rows.flatMap((r) => (r.picture?.levels ?? []).map((l) => [r.regionCode, nvoNumber(l.nvoAgreement), l.level, l.explanation])),
    },
    {
      name: 'afspraken',
      title: 'Gepubliceerde afspraken per regio',
      columns: [
        { key: 'regiocode', definition: 'CBS-code van de centrumgemeente van de regio.' },
        { key: 'afspraak_id', definition: 'Nummer van de afspraak in het portaal.' },
        { key: 'titel', definition: 'Titel van de afspraak.' },
        { key: 'stadium', definition: 'Stadium: concept, vastgesteld, in uitvoering, gerealiseerd of vervallen.' },
        { key: 'uiterste_datum', definition: 'Datum waarop de afspraak gerealiseerd moet zijn.' },
        { key: 'vertragingen', definition: 'Aantal vastgelegde vertragingen.' },
        { key: 'over_datum', definition: '1 als de uiterste datum voorbij was en de afspraak niet gerealiseerd of vervallen.' },
      ],
      rows: rows.flatMap((r) => (r.picture?.agreements ?? []).map((a) => [r.regionCode, a.id, a.title, a.stage, a.dueDate, a.delayCount, a.overdue ? 1 : 0])),
    },
    {
      name: 'indicatoren',
      title: 'Laatst beschikbare indicatorwaarden per regio',
      columns: [
        { key: 'regiocode', definition: 'CBS-code van de centrumgemeente van de regio.' },
        { key: 'indicator', definition: 'Sleutel van de indicator in de catalogus.' },
        { key: 'periode', definition: 'De eigen periode van de waarde (jaar, halfjaar of kwartaal).' },
        { key: 'waarde', definition: 'De waarde; leeg als die ontbreekt of geheim is.' },
        { key: 'status', definition: 'Status van de waarde: definitief, voorlopig, geheim, nul of ontbrekend.' },
      ],
      rows: rows.flatMap((r) => (r.picture?.indicators ?? []).map((i) => [r.regionCode, i.key, i.period, i.value, i.state])),
    },
    {
      name: 'betwist',
      title: 'Betwiste onderdelen met de reden van de regio',
      columns: [
        { key: 'regiocode', definition: 'CBS-code van de centrumgemeente van de regio.' },
        { key: 'onderdeel', definition: 'Het onderdeel van het beeld dat de regio betwist.' },
        { key: 'reden', definition: 'De reden die de regio gaf.' },
      ],
      rows: disputes.map((d) => [d.regionCode, d.itemLabel, d.reason]),
    },
  ]
  return { edition: { key: edition.key, label: edition.label, frozenAt: edition.frozenAt }, tables }
}
