// The seed catalogue of INDICATORS.md (shared/domain), plus the two CBS series of Kerncijfers wijken en
// buurten 2024 that serve as denominators. A data file: one entry per indicator, longer than 300 lines
// would be fine, but each entry stays on a few lines through the defaults below.
import type { IndicatorDefinition } from './catalogue.ts'

const CBS_LICENCE = 'CC BY 4.0 (bron: CBS)'
const PLATFORM = 'Beschermd Thuis-portaal: gepubliceerde registraties van de regio'

const DEFAULTS = {
  levels: ['region', 'nation'],
  periodKinds: ['half_year', 'year'],
  direction: 'neither',
  origin: 'region_reported',
  licence: '',
  perThousand: false,
  ordinalLevels: [],
  target: null,
} as const satisfies Partial<IndicatorDefinition>

type Entry = Pick<IndicatorDefinition, 'key' | 'label' | 'definition' | 'unit' | 'nature' | 'aggregation' | 'buildingBlocks' | 'source'> &
  Partial<IndicatorDefinition>

const entry = (e: Entry): IndicatorDefinition => ({ ...DEFAULTS, ...e })

/** The seeded indicator catalogue in display order; the database holds the live, editable copy. */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  entry({
    key: 'inhabitants',
    label: 'Inwoners',
    definition: 'Aantal inwoners op 1 januari volgens de basisregistratie personen. Noemer van alle cijfers per 1.000 inwoners.',
    unit: 'count', nature: 'stock', aggregation: 'sum', buildingBlocks: [9],
    levels: ['municipality', 'region', 'nation'], periodKinds: ['year'], origin: 'public_statistics',
    source: 'CBS Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari', licence: CBS_LICENCE,
  }),
  entry({
    key: 'dwellings',
    label: 'Woningvoorraad',
    definition: 'Aantal woningen op 1 januari.',
    unit: 'count', nature: 'stock', aggregation: 'sum', buildingBlocks: [7],
    levels: ['municipality', 'region', 'nation'], periodKinds: ['year'], origin: 'public_statistics',
    source: 'CBS Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari', licence: CBS_LICENCE,
  }),
  entry({
    key: 'wmo_clients',
    label: 'Wmo-cliënten totaal',
    definition: 'Personen met minstens één Wmo-maatwerkvoorziening in de periode, elk één keer geteld. Halfjaren tellen niet op tot een jaar.',
    unit: 'count', nature: 'distinct_count', aggregation: 'sum', buildingBlocks: [9],
    levels: ['municipality', 'region', 'nation'], origin: 'public_statistics', perThousand: true,
    source: 'CBS 86050NED (NL 2024: 1.284.680; 72 per 1.000)', licence: CBS_LICENCE,
  }),
  entry({
    key: 'wmo_stay_shelter_clients',
    label: 'Wmo-cliënten verblijf en opvang',
    definition: 'Personen met een Wmo-voorziening voor verblijf en opvang in de periode, elk één keer geteld.',
    unit: 'count', nature: 'distinct_count', aggregation: 'sum', buildingBlocks: [9],
    levels: ['municipality', 'region', 'nation'], origin: 'public_statistics', perThousand: true,
    source: 'CBS 86050NED / 85639NED', licence: CBS_LICENCE,
  }),
  entry({
    key: 'bw_clients',
    label: 'Cliënten beschermd wonen',
    definition: 'Personen met beschermd wonen (PGB of zorg in natura) in de periode, elk één keer geteld.',
    unit: 'count', nature: 'distinct_count', aggregation: 'sum', buildingBlocks: [1, 9], perThousand: true,
    source: 'CBS maatwerktabellen voor de Gemeentelijke Monitor Sociaal Domein',
  }),
  entry({
    key: 'bw_clients_by_form',
    label: 'Cliënten BW naar ambulantiseringsvorm',
    definition: 'Cliënten beschermd wonen die intramuraal, ambulant of thuis wonen; hier het aantal dat niet intramuraal woont.',
    unit: 'count', nature: 'distinct_count', aggregation: 'sum', buildingBlocks: [7, 9],
    source: 'CBS maatwerktabel 2024 voor VNG-pilot monitoring BW-MO',
  }),
  entry({
    key: 'bw_home_share',
    label: 'Aandeel beschermd thuis',
    definition: 'Aandeel van de cliënten beschermd wonen dat niet intramuraal woont (teller: niet intramuraal; noemer: alle cliënten BW).',
    unit: 'percentage', nature: 'distinct_count', aggregation: 'ratio', buildingBlocks: [7, 9], direction: 'higher_is_better',
    source: 'afgeleid van bw_clients_by_form', target: { value: 50, date: '2031-12-31' },
  }),
  entry({
    key: 'bw_national_total',
    label: 'Mensen in beschermd wonen (landelijk)',
    definition: 'Landelijke schatting van het aantal mensen in beschermd wonen.',
    unit: 'count', nature: 'stock', aggregation: 'none', buildingBlocks: [9],
    levels: ['nation'], periodKinds: ['year'], origin: 'public_statistics',
    source: 'VWS, brief juli 2021 (ongeveer 35.000)',
  }),
  entry({
    key: 'homeless_estimate',
    label: 'Dakloze personen 18-65 (schatting)',
    definition: 'Geschat aantal dakloze personen van 18 tot en met 65 jaar op 1 januari.',
    unit: 'count', nature: 'stock', aggregation: 'none', buildingBlocks: [7], direction: 'lower_is_better',
    levels: ['nation'], periodKinds: ['year'], origin: 'public_statistics',
    source: 'CBS, schatting dakloze personen (2018: 39.300; 2024: 33.000)', licence: CBS_LICENCE,
  }),
  entry({
    key: 'homeless_registered_share',
    label: 'Aandeel dakloze personen in registers',
    definition: 'Aandeel van de geschatte dakloze personen dat in een register staat (teller: geregistreerd; noemer: schatting).',
    unit: 'percentage', nature: 'stock', aggregation: 'ratio', buildingBlocks: [7],
    levels: ['nation'], periodKinds: ['year'], origin: 'public_statistics',
    source: 'CBS, 1 januari 2024: 9.600 geregistreerd van 33.000', licence: CBS_LICENCE,
  }),
  entry({
    key: 'homeless_in_shelter',
    label: 'Geregistreerde dakloze personen in MO-voorzieningen',
    definition: 'Geregistreerde dakloze personen in nood- en tijdelijke opvang per centrumregio.',
    unit: 'count', nature: 'distinct_count', aggregation: 'sum', buildingBlocks: [7, 9], direction: 'lower_is_better',
    periodKinds: ['year'], origin: 'public_statistics', source: 'CBS Monitor Dakloosheid (vanaf 2022)', licence: CBS_LICENCE,
  }),
  entry({
    key: 'shelter_wait_days',
    label: 'Wachttijd opvang',
    definition: 'Gemiddelde wachttijd in dagen tot opvang, gewogen naar het aantal wachtenden (teller: wachtdagen; noemer: wachtenden).',
    unit: 'days', nature: 'flow', aggregation: 'ratio', buildingBlocks: [7], direction: 'lower_is_better',
    source: 'gepland in de Monitor Dakloosheid; tot dan door de regio gemeld',
  }),
  entry({
    key: 'wlz_ggz_outflow',
    label: 'Uitstroom BW naar Wlz-ggz (indicaties)',
    definition: 'Personen uit beschermd wonen met een Wlz-indicatie ggz, afgegeven in de periode.',
    unit: 'count', nature: 'flow', aggregation: 'sum', buildingBlocks: [4],
    source: 'CIZ (ongeveer 12.000 verwacht, meer dan 27.000 indicaties na twee jaar)',
  }),
  entry({
    key: 'bw_budget_per_inhabitant',
    label: 'Budget BW per inwoner',
    definition: 'Budget beschermd wonen van de regio gedeeld door haar inwoners (1 januari, CBS).',
    unit: 'amount_cents', nature: 'stock', aggregation: 'ratio', buildingBlocks: [1],
    levels: ['region', 'nation'], periodKinds: ['year'], origin: 'computed',
    source: 'rekenkern, referentiescenario; inwoners CBS',
  }),
  entry({
    key: 'objective_vs_historical',
    label: 'Verschil objectief t.o.v. historisch budget',
    definition: 'Objectief budget van de regio (som van haar gemeenten) min het historische budget van de centrumgemeente.',
    unit: 'amount_cents', nature: 'stock', aggregation: 'sum', buildingBlocks: [1],
    levels: ['region', 'nation'], periodKinds: ['year'], origin: 'computed',
    source: 'rekenkern, referentiescenario',
  }),
  entry({
    key: 'housing_units_added',
    label: 'Gerealiseerde woonplekken voor uitstroom',
    definition: 'Woonplekken die in de periode beschikbaar kwamen voor mensen die uitstromen uit beschermd wonen of opvang.',
    unit: 'count', nature: 'flow', aggregation: 'sum', buildingBlocks: [7], direction: 'higher_is_better',
    periodKinds: ['year', 'half_year', 'quarter'], source: 'door de regio gemeld',
  }),
  entry({
    key: 'waiting_list_bw',
    label: 'Wachtlijst beschermd wonen',
    definition: 'Personen op de wachtlijst voor beschermd wonen aan het eind van de periode.',
    unit: 'count', nature: 'stock', aggregation: 'sum', buildingBlocks: [9], direction: 'lower_is_better',
    periodKinds: ['year', 'half_year', 'quarter'], source: 'door de regio gemeld (geen landelijke bron)',
  }),
  entry({
    key: 'new_clients',
    label: 'Nieuwe cliënten (365-dagen-definitie)',
    definition: 'Cliënten die in de periode instroomden en in de 365 dagen daarvoor geen beschermd wonen hadden.',
    unit: 'count', nature: 'flow', aggregation: 'sum', buildingBlocks: [3, 5],
    levels: ['municipality', 'region', 'nation'], periodKinds: ['year'], source: 'door de regio gemeld / rekenkern',
  }),
  entry({
    key: 'regional_vision_adopted',
    label: 'Regiovisie vastgesteld door alle raden',
    definition: 'Aandeel van de gemeenteraden in de regio dat de regiovisie heeft vastgesteld (teller: raden; noemer: gemeenten).',
    unit: 'percentage', nature: 'stock', aggregation: 'ratio', buildingBlocks: [2], direction: 'higher_is_better',
    origin: 'computed', source: PLATFORM, target: { value: 100, date: '2026-12-31' },
  }),
  entry({
    key: 'nvo_agreements_met',
    label: 'NvO-afspraken op niveau "vastgesteld"',
    definition: 'Aandeel van de 8 NvO-afspraken op niveau 3 (vastgesteld) of hoger.',
    unit: 'percentage', nature: 'stock', aggregation: 'ratio', buildingBlocks: [2], direction: 'higher_is_better',
    origin: 'computed', source: `${PLATFORM}; voorgesteld door de regio tot de edities er zijn`,
  }),
  entry({
    key: 'conditions_covered',
    label: 'Dannenberg-condities met minstens één afspraak',
    definition: 'Aandeel van de 8 Dannenberg-condities met minstens één gepubliceerde afspraak.',
    unit: 'percentage', nature: 'stock', aggregation: 'ratio', buildingBlocks: [2, 9], direction: 'higher_is_better',
    origin: 'computed', source: PLATFORM,
  }),
  entry({
    key: 'agreements_on_time',
    label: 'Afspraken op tijd gerealiseerd',
    definition: 'Aandeel van de gepubliceerde afspraken met een streefdatum in het verleden dat op tijd gerealiseerd is.',
    unit: 'percentage', nature: 'stock', aggregation: 'ratio', buildingBlocks: [2, 9], direction: 'higher_is_better',
    origin: 'computed', source: PLATFORM,
  }),
  entry({
    key: 'zvw_consultation_available',
    label: 'Consultatiefunctie Zvw beschikbaar in de regio',
    definition: 'Of in de regio een consultatiefunctie vanuit de Zorgverzekeringswet beschikbaar is.',
    unit: 'yes_no', nature: 'stock', aggregation: 'yes_share', buildingBlocks: [7], direction: 'higher_is_better',
    source: 'door de regio gemeld',
  }),
  entry({
    key: 'insurer_cooperation',
    label: 'Samenwerking gemeenten–zorgverzekeraar–zorgkantoor',
    definition: 'Hoe ver de samenwerking tussen gemeenten, zorgverzekeraar en zorgkantoor is ("Venster op de samenwerking").',
    unit: 'ordinal', nature: 'stock', aggregation: 'distribution', buildingBlocks: [7], direction: 'higher_is_better',
    source: 'door de regio gemeld ("Venster op de samenwerking")',
    ordinalLevels: [
      { value: 0, label: 'Geen samenwerking' },
      { value: 1, label: 'Verkennend' },
      { value: 2, label: 'Afspraken gemaakt' },
      { value: 3, label: 'Structureel actief' },
    ],
  }),
]

/** The seeded entry with this key, or undefined. */
export function findSeedIndicator(key: string): IndicatorDefinition | undefined {
  return INDICATOR_CATALOGUE.find((i) => i.key === key)
}
