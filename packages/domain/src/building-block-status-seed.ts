import type { BuildingBlockKey } from './building-blocks.ts'
import type { StatusKey } from './statuses.ts'

/** One product sub-line of a building block with its status; key is snake_case and unique within the block. */
export interface SubLineSeed {
  key: string
  label: string
  status: StatusKey
}

/** A building block's state: a short Dutch explanation, its product sub-lines and the implementation text. */
export interface BuildingBlockStatusSeed {
  buildingBlock: BuildingBlockKey
  explanation: string
  subLines: readonly SubLineSeed[]
  implementation: string
}

/** The building blocks' state at one moment, with the document it comes from. */
export interface BuildingBlockStatusSnapshot {
  asOf: string
  source: string
  blocks: readonly BuildingBlockStatusSeed[]
}

// Transcribed from seed 000 §6.4 "Samenvattend overzicht". Where the seed gives one symbol for several
// bullets, they form one sub-line. An empty implementation cell stays an empty string (block 4).
/** The state of autumn 2020 that prepared the BO of 7 December 2020; seeds the database. */
export const BUILDING_BLOCK_STATUS_SEED: BuildingBlockStatusSnapshot = {
  asOf: '2020-12-07',
  source:
    'VNG, voortgang doordecentralisatie beschermd wonen per bouwsteen (najaar 2020), §6.4 Samenvattend overzicht',
  blocks: [
    {
      buildingBlock: 'distribution_model',
      explanation:
        'Het objectieve verdeelmodel met ingroeipad is ontwikkeld; de consultatie loopt nog.',
      subLines: [
        {
          key: 'objective_model',
          label:
            'Nieuw objectief verdeelmodel ontwikkeld door AEF, met een voorstel voor het ingroeipad van historisch naar objectief',
          status: 'done',
        },
        {
          key: 'consultation',
          label:
            'Consultatie verdeelmodel BW: communicatie in de meicirculaire 2020, afronding in de decembercirculaire 2020 voor invoering in 2022',
          status: 'pending',
        },
      ],
      implementation: 'In afwachting van overleg met de fondsbeheerders',
    },
    {
      buildingBlock: 'regional_cooperation',
      explanation:
        'De Norm voor Opdrachtgeverschap (NvO) is ontwikkeld en door de VNG-leden vastgesteld.',
      subLines: [
        {
          key: 'norm_for_commissioning',
          label:
            'NvO voor beschermd wonen en maatschappelijke opvang ontwikkeld; ledenraadpleging eind juni 99% voor; vastgesteld in de ALV van de VNG op 25 september 2020',
          status: 'done',
        },
      ],
      implementation: 'Gaande (2020 en 2021)',
    },
    {
      buildingBlock: 'transition_clients',
      explanation:
        'De definitie van een nieuwe cliënt is vastgesteld en opgenomen in het wetsvoorstel.',
      subLines: [
        {
          key: 'new_client_definition',
          label:
            'Definitie nieuwe cliënt vastgesteld in het BO Rijk-VNG van december 2019 en opgenomen in het wetsvoorstel woonplaatsbeginsel BW',
          status: 'done',
        },
      ],
      implementation: 'Zie bouwsteen 5',
    },
    {
      buildingBlock: 'wlz_withdrawal',
      explanation:
        'De Wlz is opengesteld voor ggz; over de ex-post naberekening wordt in het BO van 7 december besloten.',
      subLines: [
        {
          key: 'wlz_opening_law',
          label:
            'Tweede en Eerste Kamer hebben ingestemd met het wetsvoorstel openstelling Wlz voor ggz, dat leidt tot uitstroom uit beschermd wonen',
          status: 'done',
        },
        {
          key: 'ex_post_calculation',
          label:
            'Werkwijze voor de ex-post naberekening en aanpalende afspraken (indexering, extrapolatie naar jaarbedragen, verrekening eigen bijdrage en niet-Wmo-instroom, welke cliënten meetellen, hoe vaak wordt nagecalculeerd)',
          status: 'done_decision_pending',
        },
      ],
      implementation: '',
    },
    {
      buildingBlock: 'residence_principle',
      explanation:
        'Het wetsvoorstel woonplaatsbeginsel BW is uitgewerkt en getoetst; de vangnetregeling volgt.',
      subLines: [
        {
          key: 'bill',
          label:
            'Wetsvoorstel woonplaatsbeginsel BW uitgewerkt en in consultatie gegaan; VNG Realisatie heeft een uitvoeringstoets gedaan',
          status: 'done',
        },
        {
          key: 'safety_net',
          label:
            'Vangnetregeling: uitwerking door BZK en VWS, de VNG leest mee (afspraak zomer 2020)',
          status: 'pending',
        },
      ],
      implementation: 'Inwerkingtreding op 1 januari 2022',
    },
    {
      buildingBlock: 'national_purchasing',
      explanation:
        'Besloten is de zeer specialistische instellingen landelijk te financieren via een LTA.',
      subLines: [
        {
          key: 'lta_decision',
          label:
            'BO 9 juli 2020: zeer specialistische instellingen worden gefinancierd via een LTA; besluitvorming in de BALV van de VNG of een online ledenraadpleging; voorbereiding van de aanbesteding via de VNG gestart',
          status: 'done',
        },
      ],
      implementation: 'De inkoop start na positieve besluitvorming in de BALV',
    },
    {
      buildingBlock: 'national_agreements',
      explanation:
        'Voor wonen ligt een voorstel voor een impuls; voor zorg in de wijk werkt de samenwerkingsstructuur Wmo-Zvw.',
      subLines: [
        {
          key: 'housing',
          label:
            'Wonen: voorstel voor een impuls aan de afspraken over wonen-zorg met een BW-team (Taskforce Wonen en Zorg); met de brede aanpak dakloosheid (€ 200 mln) en de impuls van BZK (€ 50 mln) zijn de huisvestingsmogelijkheden tijdelijk vergroot',
          status: 'partly_done',
        },
        {
          key: 'care_cooperation_structure',
          label: 'Zorg in de wijk: samenwerkingsstructuur Wmo-Zvw actief',
          status: 'done',
        },
        {
          key: 'consultation_function',
          label:
            'Zorg in de wijk: afspraken over de consultatiefunctie worden geconcretiseerd in het BO van 7 december 2020',
          status: 'done_decision_pending',
        },
      ],
      implementation: 'Opdrachtverlening wonen-zorg na het BO',
    },
    {
      buildingBlock: 'taskforce',
      explanation:
        'Er komt geen aparte taskforce; de NvO-structuur en een transitieteam nemen die rol over.',
      subLines: [
        {
          key: 'norm_structure',
          label:
            'In mei 2020 besloten niet te werken met een aparte taskforce, maar aan te sluiten bij de structuur van de NvO',
          status: 'done',
        },
        {
          key: 'transition_team',
          label:
            'Transitieteam dat gemeenten ondersteunt bij concrete vraagstukken, ook bij de invoering van het woonplaatsbeginsel; opdrachtomschrijving gereed ter besluitvorming in het BO van 7 december 2020',
          status: 'done_decision_pending',
        },
      ],
      implementation: 'De opdracht wordt na besluitvorming in het BO op de markt gezet',
    },
    {
      buildingBlock: 'monitoring',
      explanation:
        'De paraplu-onderzoeken en de indicatorenlijst zijn beschikbaar; de evaluatie volgt in 2025.',
      subLines: [
        {
          key: 'umbrella_studies',
          label:
            'Paraplu-onderzoeken (onder andere de lijst indicatoren monitoring) beschikbaar; daarna start de structurele monitoring',
          status: 'done',
        },
        {
          key: 'evaluation_2025',
          label: 'Evaluatie van de doordecentralisatie in 2025',
          status: 'pending',
        },
      ],
      implementation: 'Q1 2021 opdrachtverlening structurele monitoring',
    },
    {
      buildingBlock: 'specific_themes',
      explanation: "Er hebben zich geen nieuwe regio's gemeld; formeel zijn er 43 regio's.",
      subLines: [
        {
          key: 'no_new_regions',
          label: "Er hebben zich geen nieuwe regio's gemeld",
          status: 'done',
        },
      ],
      implementation: 'n.v.t.',
    },
  ],
}
