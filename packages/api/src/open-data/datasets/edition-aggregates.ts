import { AGREEMENT_STAGE_LABELS, AGREEMENT_STAGES } from '@bt/domain'
import { z } from 'zod'
import { nationalAggregates } from '../../services/editions/views.ts'
import { column, defineDataset } from '../dataset.ts'
import { isoDate } from './building-block-status.ts'
import { editionColumns, frozenAsOf, frozenEditionParams, frozenEditionSnapshots, loadFrozenEditions } from './frozen-editions.ts'

type Aggregates = ReturnType<typeof nationalAggregates>

/** The national figures of a frozen edition, each with its fixed code and Dutch definition. */
const MEASURES: { code: string; title: string; definition: string; value: (a: Aggregates) => number }[] = [
  { code: 'regios', title: 'Regio’s in de editie', definition: 'Regio’s die aan de editie deelnamen (volgens de regio-indeling op de peildatum).', value: (a) => a.regions },
  { code: 'regios_met_beeld', title: 'Regio’s met een ingediend beeld', definition: 'Regio’s die bij het bevriezen een beeld hadden ingediend.', value: (a) => a.withPicture },
  { code: 'regios_bevestigd', title: 'Regio’s die hun beeld bevestigden', definition: 'Regio’s waarvan het beeld door de VNG-adviseur was goedgekeurd en door de regio bevestigd.', value: (a) => a.confirmed },
  { code: 'regios_met_betwisting', title: 'Regio’s met betwiste onderdelen', definition: 'Regio’s die bij het bevestigen een of meer onderdelen van hun beeld betwistten, elk met een reden.', value: (a) => a.disputedRegions },
  ...AGREEMENT_STAGES.map((stage) => ({
    code: `afspraken_${stage}`,
    title: `Afspraken: ${AGREEMENT_STAGE_LABELS[stage].toLowerCase()}`,
    definition: `Gepubliceerde afspraken in de beelden van alle regio’s met stadium ${AGREEMENT_STAGE_LABELS[stage].toLowerCase()}.`,
    value: (a: Aggregates) => a.agreementsByStage.find((s) => s.stage === stage)?.count ?? 0,
  })),
  { code: 'afspraken_over_datum', title: 'Afspraken over hun uiterste datum', definition: 'Gepubliceerde afspraken waarvan de uiterste datum voorbij was en die niet gerealiseerd of vervallen waren.', value: (a) => a.overdueAgreements },
  { code: 'afspraken_vertraagd', title: 'Afspraken met vertraging', definition: 'Gepubliceerde afspraken met minstens één vastgelegde vertraging.', value: (a) => a.delayedAgreements },
]

export const editionAggregatesRow = z.object({
  editie: column(z.string(), 'Editie', 'Vaste sleutel van de bevroren editie (bijvoorbeeld 2025-H2).'),
  editie_naam: column(z.string(), 'Editie (naam)', 'Naam van de editie.'),
  bevroren_op: column(isoDate, 'Bevroren op', 'Datum waarop de editie werd bevroren; daarna verandert niets meer.'),
  maat_code: column(z.string(), 'Maatcode', 'Vaste code van het cijfer; de definitie staat bij de statussen.'),
  maat: column(z.string(), 'Maat', 'Het cijfer in woorden.'),
  aantal: column(z.number().int(), 'Aantal', 'Het landelijke aantal in deze editie.'),
})

/** The national figures of each frozen edition: the same the edition's page shows to everyone. */
export const editionAggregates = defineDataset({
  key: 'edities-landelijke-cijfers',
  title: 'Landelijke cijfers van elke bevroren editie',
  description: 'Per bevroren editie de landelijke aantallen: regio’s met een beeld, bevestigd of met betwiste onderdelen, en de gepubliceerde afspraken per stadium, over datum of vertraagd. Dezelfde cijfers als op de pagina van de editie; de NvO-niveaus staan in een eigen dataset.',
  source: 'Beschermd Thuis, bevroren halfjaarlijkse edities (VNG en de regio’s)',
  licence: 'CC0 1.0',
  method: 'Opgeteld over de beelden van alle regio’s in de editie zoals die bij het bevriezen vastlagen. Alleen gepubliceerde afspraken staan in een beeld, nooit concepten van een regio. Alleen landelijke aantallen, geen regio bij naam. Open edities staan er niet in.',
  states: Object.fromEntries(MEASURES.map((m) => [m.code, `${m.title}: ${m.definition}`])),
  row: editionAggregatesRow,
  params: frozenEditionParams,
  async load(scope, params) {
    const editions = await loadFrozenEditions(scope.db, params.editie)
    const rows = editions.flatMap(({ edition, regions, disputes }) => {
      const aggregates = nationalAggregates(regions, new Set(disputes.map((d) => d.regionCode)).size)
      return MEASURES.map((m) => ({ ...editionColumns(edition), maat_code: m.code, maat: m.title, aantal: m.value(aggregates) }))
    })
    return { rows, ...frozenAsOf(editions, params.editie, scope.today) }
  },
  snapshots: (scope) => frozenEditionSnapshots(scope.db),
})
