// A frozen edition as one package: tables of regions, levels, agreements, the financial agreements'
// choices and risks, indicators and disputes, each column defined in Dutch. The portal writes it as
// XLSX (a sheet per table), CSV or JSON.

import { listDisputes, listEditionRegions, type DB, type Kysely } from '@bt/db'
import {
  DomainError,
  mainChoiceLabel,
  mainChoiceOptionLabel,
  matrixOptionLabel,
  matrixRowLabel,
  NVO_AGREEMENTS,
  RISK_LEVELS,
  RISK_STATUSES,
  type PictureFinancialAgreement,
} from '@bt/domain'
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

const labelIn = (items: readonly { key: string; label: string }[], key: string) => items.find((i) => i.key === key)?.label ?? key

/** The main choices, then the matrix rows, of one region's financial agreement as package rows. */
function financialChoiceRows(regionCode: string, part: PictureFinancialAgreement | null | undefined): Cell[][] {
  if (!part) return []
  return [
    ...part.choices.map((c) => [regionCode, mainChoiceLabel(c.choice), c.option === null ? null : mainChoiceOptionLabel(c.choice, c.option), c.reasoning, c.scenarioName]),
    ...part.matrix.map((m) => [regionCode, matrixRowLabel(m.row), m.option === null ? null : matrixOptionLabel(m.row, m.option), m.reasoning, null]),
  ]
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
    table('financiele_keuzes', 'Keuzes in de gepubliceerde financiële afspraak per regio', {
      onderdeel: 'Hoofdkeuze of rij van de keuzematrix uit de handreiking regionale financiële afspraken.',
      keuze: 'De gekozen optie; leeg als de regio nog niet koos.',
      onderbouwing: 'De onderbouwing van de regio.',
      scenario: 'Naam van het gekoppelde rekenscenario (alleen bij hoofdkeuzes), leeg als er geen is of het niet gedeeld is.',
    }, rows.flatMap((r) => financialChoiceRows(r.regionCode, r.picture?.financialAgreement))),
    table('financiele_risicos', 'Risicoregister van de gepubliceerde financiële afspraak per regio', {
      risico: 'Het risico: uit de lijst van de handreiking of door de regio toegevoegd.',
      inschatting: 'Laag, midden of hoog; leeg als niet ingeschat.',
      eigenaar: 'Wie het risico beheert.',
      maatregel: 'De beheersmaatregel.',
      status: 'Open, maatregel in uitvoering of beheerst.',
    }, rows.flatMap((r) => (r.picture?.financialAgreement?.risks ?? []).map((k) => [r.regionCode, k.label, k.level === null ? null : labelIn(RISK_LEVELS, k.level), k.owner, k.measure, labelIn(RISK_STATUSES, k.status)]))),
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
