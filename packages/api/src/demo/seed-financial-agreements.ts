import type { DB, Transaction } from '@bt/db'
import { SaveFinancialAgreementSchema, SaveScenarioSchema, type RiskStatus, type SaveFinancialAgreementInput } from '@bt/domain'
import { saveScenario } from '../services/calc/saved-scenarios.ts'
import { publishFinancialAgreement, saveFinancialAgreement } from '../services/finance/financial-agreement.ts'

// Three regions' financial agreements following the handreiking's three real examples (seed 004,
// DOMAIN.md §6.6, issue 21), each linked to a saved scenario whose sharing model reproduces the
// example's rule: Gooi en Vechtstreek (Regio Hilversum) shares by inhabitants with an earmarked
// reserve capped at €2 million; IJssel-Vecht (Regio Zwolle) by a passend aandeel of the
// Wmo-integratie-uitkering, the centrumgemeente keeping 2.5% capped as in the 2023 covenant;
// Midden-Holland (Regio Gouda) has the centrumgemeente pay the beds and compensates local support
// afterwards. Saved and published through the same services the page uses (validated, audited).

interface DemoRegion {
  regionCode: string
  slug: string
  editorName: string
  scenario: { name: string; parameters: Record<string, string> }
  situation: Record<string, string>
  matrix: Record<string, { option: string; reasoning: string }>
  choices: Record<string, { option: string; reasoning: string }>
  strategy: Record<string, { change: string; focus: string }>
  risks: Record<string, { level: string; owner: string; measure: string; status: RiskStatus }>
}

const DEMO: readonly DemoRegion[] = [
  {
    regionCode: 'GM0402',
    slug: 'hilversum',
    editorName: 'Regio Gooi en Vechtstreek (demo)',
    scenario: {
      name: 'Gooi en Vechtstreek: naar inwoners met bestemmingsreserve van € 2 miljoen',
      parameters: { scope: 'GM0402', steps: '10', sharingModel: 'inhabitantsWithReserve', actualCostsPercent: '96', reserveBalanceEuros: '1.500.000', reserveCapEuros: '2.000.000' },
    },
    situation: {
      cooperation_form: 'Gemeenschappelijke regeling; de regio doet beleidsuitvoering, inkoop en contractbeheer. Geen centrumgemeenterol.',
      existing_agreements: 'Vrouwenopvang, maatschappelijke opvang en beschermd wonen in één pot, vooraf begroot; bijdrage van de regiogemeenten naar rato van het inwonertal.',
    },
    matrix: {
      central_function: { option: 'drop', reasoning: 'De gemeenschappelijke regeling voert uit; er is geen centrumgemeente meer.' },
      facilities: { option: 'partly_move', reasoning: 'Zo lokaal mogelijk organiseren om zware zorg te vermijden.' },
    },
    choices: {
      risks: { option: 'regional', reasoning: 'Kosten en financieel risico worden gedeeld naar rato van het inwonertal.' },
      central_municipality: { option: 'retreating', reasoning: 'De regio (GR) voert uit, niet een centrumgemeente.' },
      settlement: { option: 'afterwards', reasoning: 'Overschot naar een bestemmingsreserve van maximaal € 2 miljoen; wat daarboven overblijft, gaat terug naar de gemeenten.' },
      division: { option: 'inhabitants', reasoning: 'Voor- en nadeel naar rato van het aantal inwoners.' },
    },
    strategy: { GM0402: { change: '1', focus: '1' }, GM0406: { change: '-1', focus: '1' } },
    risks: {
      redistribution: { level: 'medium', owner: 'Regio Gooi en Vechtstreek', measure: 'Bestemmingsreserve van € 2 miljoen.', status: 'in_progress' },
      heavier_clients: { level: 'high', owner: 'Regio Gooi en Vechtstreek', measure: '', status: 'open' },
    },
  },
  {
    regionCode: 'GM0193',
    slug: 'zwolle',
    editorName: 'Regio IJssel-Vecht (demo)',
    scenario: {
      name: 'IJssel-Vecht: passend aandeel naar de Wmo-integratie-uitkering, 2,5% voor de centrumgemeente',
      parameters: {
        scope: 'GM0193',
        steps: '10',
        sharingModel: 'appropriateShare',
        shareBase: 'wmoIntegrationPayment',
        retentionKind: 'percentage',
        retentionPercent: '2,5',
        retentionCapEuros: '2.324.582',
        retentionMoCapEuros: '4.334.882',
      },
    },
    situation: {
      cooperation_form: 'Negen gemeenten dragen samen de financiële verantwoordelijkheid; Zwolle coördineert en contracteert op subsidiebasis.',
      existing_agreements: 'Regionale toegang bij de GGD IJsselland, in samenhang met de lokale toegang tot Wmo en jeugdhulp.',
    },
    matrix: {
      central_function: { option: 'limit', reasoning: 'Zwolle houdt de coördinerende taken en de regionale toegang; de gemeenten beslissen samen.' },
    },
    choices: {
      risks: { option: 'regional', reasoning: 'Alle gemeenten medeverantwoordelijk: voor- en nadelen worden verevend.' },
      central_municipality: { option: 'strong', reasoning: 'Zwolle contracteert, coördineert het beleid en is opdrachtgever voor de regionale toegang; ca. 2,5% voor uitvoeringskosten.' },
      settlement: { option: 'beforehand', reasoning: 'Vanaf 2019 ontvangen alle gemeenten vooraf het passende aandeel van de begrote voordelen.' },
      division: { option: 'objective', reasoning: 'Passend aandeel: ieders deel van de opgetelde Wmo-integratie-uitkeringen.' },
    },
    strategy: {},
    risks: {
      wlz_withdrawal: { level: 'medium', owner: 'Gemeente Zwolle', measure: 'Verevening naar passend aandeel.', status: 'in_progress' },
    },
  },
  {
    regionCode: 'GM0513',
    slug: 'gouda',
    editorName: 'Regio Midden-Holland (demo)',
    scenario: {
      name: 'Midden-Holland: centrumgemeente betaalt de bedden, lokale ondersteuning achteraf gecompenseerd',
      parameters: { scope: 'GM0513', steps: '10', sharingModel: 'localCompensation', bedCostsPercent: '60', localSupportPercent: '25' },
    },
    situation: {
      cooperation_form: 'Pilot Gewoon Thuis van zorgorganisaties en gemeenten, stap voor stap uitgebouwd; cliënten vanaf het begin betrokken.',
      existing_agreements: 'Gouda betaalt uit het budget beschermd wonen alleen de bedden; alle overige intensieve zorg wordt lokaal geïndiceerd en betaald.',
    },
    matrix: {
      facilities: { option: 'spread', reasoning: 'Kleinschalige wooninitiatieven in de wijk; sterke prikkel voor lokale oplossingen.' },
    },
    choices: {
      risks: { option: 'local', reasoning: 'Gemeenten indiceren en betalen lokaal; de compensatieregeling dekt de kosten achteraf.' },
      central_municipality: { option: 'retreating', reasoning: 'De centrumgemeente betaalt alleen nog de bedden.' },
      settlement: { option: 'afterwards', reasoning: 'Lokale kosten worden achteraf vergoed uit het budget beschermd wonen (compensatieregeling).' },
      division: { option: 'support_need', reasoning: 'Vergoed wordt wat lokaal aan ondersteuning nodig bleek.' },
    },
    strategy: { GM0513: { change: '2', focus: '2' }, GM0627: { change: '1', focus: '-1' } },
    risks: {},
  },
]

/** Save, link and publish the three demo agreements (inside the demo seed's transaction). */
export async function seedDemoFinancialAgreements(trx: Transaction<DB>, now: Date, today: string): Promise<void> {
  const analyst = await trx.selectFrom('appUser').select(['id', 'name', 'email']).where('email', '=', 'analist@demo.example').executeTakeFirstOrThrow()
  for (const region of DEMO) {
    const ctx = {
      actor: {
        userId: analyst.id,
        name: region.editorName,
        email: analyst.email,
        grants: [
          { role: 'vng_analyst' as const, regionCode: null, municipalityCode: null },
          { role: 'region_editor' as const, regionCode: region.regionCode, municipalityCode: null },
        ],
      },
      requestId: 'demo-seed',
      now,
      today,
    }
    const scenario = await saveScenario(trx, ctx, SaveScenarioSchema.parse({ name: region.scenario.name, visibility: 'signed_in', parameters: region.scenario.parameters }))
    const withScenario = Object.fromEntries(Object.entries(region.choices).map(([key, c]) => [key, { ...c, scenarioId: scenario.id }]))
    const sections: SaveFinancialAgreementInput[] = [
      { regionSlug: region.slug, version: 0, section: 'situation', answers: region.situation },
      { regionSlug: region.slug, version: 1, section: 'matrix', rows: region.matrix },
      { regionSlug: region.slug, version: 2, section: 'choices', choices: withScenario },
      { regionSlug: region.slug, version: 3, section: 'strategy', places: region.strategy },
      { regionSlug: region.slug, version: 4, section: 'risks', risks: region.risks },
    ]
    let version = 0
    for (const section of sections) version = (await saveFinancialAgreement(trx, ctx, SaveFinancialAgreementSchema.parse(section))).version
    await publishFinancialAgreement(trx, ctx, { regionSlug: region.slug, version })
  }
}
