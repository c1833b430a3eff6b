// The handreiking's own tools for a regional financial agreement (seed 004, DOMAIN.md §6.6, issue 21):
// the current-situation questions, the choice matrix with each option's effects (reference text an
// administrator can correct in /beheer), the four main choices, the implementation strategy's axes
// and quadrants, and the risk list. This file is reference data: its length is the handreiking's text.

/** "De huidige situatie in kaart brengen": the factual questions first, then the aspects. */
export const SITUATION_QUESTIONS = [
  { key: 'facilities_spread', label: 'Hoe zijn voorzieningen over de regio gespreid?' },
  { key: 'client_flow_data', label: 'Zijn er data beschikbaar over de in-, door- en uitstroom van cliënten?' },
  { key: 'cooperation_form', label: 'Hoe is de samenwerking nu georganiseerd? Wat is de juridische constructie?' },
  { key: 'existing_agreements', label: 'Wat zijn de bestaande afspraken over de toegang en de bekostiging van de voorzieningen?' },
  { key: 'fits_plan', label: 'Sluiten die afspraken aan op de ambitie in het regionaal plan van aanpak?' },
  { key: 'size_differences', label: 'Verschillen in gemeentegrootte in de regio' },
  { key: 'central_position', label: 'De positie van de centrumgemeente nu in relatie tot de gemeenten' },
  { key: 'responsibility_views', label: 'De visie van de gemeenten op de verantwoordelijkheid voor beschermd wonen en maatschappelijke opvang' },
  { key: 'trust', label: 'Vertrouwen of juist wantrouwen tussen gemeenten in de regionale samenwerking' },
  { key: 'obstacles', label: 'Belemmeringen of kansen die gemeenten zien bij de regionale samenwerking' },
] as const
export type SituationQuestionKey = (typeof SITUATION_QUESTIONS)[number]['key']
export const SITUATION_QUESTION_KEYS = SITUATION_QUESTIONS.map((q) => q.key)

/** The matrix's four effect columns. */
export const MATRIX_EFFECTS = [
  { key: 'social', label: 'Maatschappelijk effect' },
  { key: 'financial', label: 'Financieel effect' },
  { key: 'cooperation', label: 'Effect op samenwerking' },
  { key: 'organisation', label: 'Effect op organisaties' },
] as const
export type MatrixEffectKey = (typeof MATRIX_EFFECTS)[number]['key']

interface MatrixOption {
  key: string
  label: string
  /** The handreiking's effects per column: the default of the reference text an administrator edits. */
  effects: Record<MatrixEffectKey, string>
}

/** "Keuze matrix": three choices, each with its sub-choices (scenarios) and their effects. */
export const MATRIX_ROWS = [
  {
    key: 'central_function',
    label: 'Positie centrumfunctie in de regio',
    options: [
      {
        key: 'keep',
        label: 'Centrumfunctie handhaven (toegang, trekker, transformatie en beleid, kenniscentrum, inkoop, landelijke lobby)',
        effects: {
          social: '++ Regie op transformatie door centrumgemeente of -functie blijft. − Transformatie regiogemeenten zet mogelijk niet door.',
          financial:
            '+ Dekking uit regionale middelen blijft voorlopig. + Rem op uitgaven beschermd wonen door centrale toegang. − Bijkomende kosten centrumfunctie blijven; regeling solidariteit of scherpe financiële afspraken nodig.',
          cooperation: '+ Centrumfunctie in de lead, regiogemeenten volgend. − Regiogemeenten nemen minder verantwoordelijkheid.',
          organisation: '+ Regie op toegang bij centrumfunctie. − Minder aandacht voor lokale opgave.',
        },
      },
      {
        key: 'limit',
        label: 'Beperkte centrumfunctie',
        effects: {
          social: '+ Meer aandacht voor lokale transformatie. − Transformatie buiten centrum zet mogelijk niet door.',
          financial:
            '+ Rem op uitgaven beschermd wonen door centrale toegang. − Dekking voor centrum vervalt deels, kosten verschuiven naar de regiogemeenten. − Lokaal verdelen van budgetten vraagt financiële afspraken en solidariteit.',
          cooperation: '+ Meer verantwoordelijkheid regiogemeenten. − Risico dat regiogemeenten taken niet overpakken.',
          organisation: '+ Meer tijd voor lokale opgave. − Verlies kenniscentrum.',
        },
      },
      {
        key: 'drop',
        label: 'Centrumpositie loslaten (ook geen centrale toegang)',
        effects: {
          social: '+ Meer aandacht voor lokale transformatie. − Transformatie buiten centrum zet mogelijk niet door.',
          financial:
            '+ Meer kosten bij gemeenten in de regio. − Dekking centrumfunctie vervalt, kosten verschuiven naar regiogemeenten. − Risico op extra kosten door vervallen centrale toegang. − Risico op discussie over het oordeel van de centrale toegang en de kosten die daaruit voor regiogemeenten voortvloeien.',
          cooperation: '+ Meer verantwoordelijkheid bij regiogemeenten. − Risico dat taken door regiogemeenten niet worden overgepakt.',
          organisation:
            '+ Meer tijd voor lokale opgave. − Verlies kenniscentrum. − Verlies regie op toegang. − Uitvoering vrouwenopvang en huiselijk geweld in de knel.',
        },
      },
    ],
  },
  {
    key: 'facilities',
    label: 'Spreiding van het aanbod',
    options: [
      {
        key: 'same_place',
        label: 'Voorzieningen op dezelfde plek houden (indien veel aanbod in de voormalige centrumgemeente)',
        effects: {
          social:
            '+ Geen of weinig veranderingen voor huidige cliënten. + Behoud flexibiliteit voor een veranderende zorgvraag. − Concentratie zware doelgroep als die in de centrumgemeente blijft. − Verzwaring kan leiden tot overlast.',
          financial: '+ Geen frictiekosten stenen. − Risico’s blijven voor het centrum; vraagt solidariteit en verevening met regiogemeenten.',
          cooperation:
            '+ Veel belang bij behouden trekkersrol centrumfunctie in de regio. − Risico’s liggen bij het centrum; afspraken nodig voor solidariteit en verevening.',
          organisation:
            '+ Continuïteit bedrijfsvoering zorgpartijen en woningcorporaties. + Voorkomt kapitaalvernietiging (wacht eerst de impact van de Wlz af). − (In principe) geen ruimte voor nieuwe locaties.',
        },
      },
      {
        key: 'partly_move',
        label: 'Voorzieningen deels sluiten en/of verplaatsen (op basis van de omvang van de doelgroep)',
        effects: {
          social:
            '+ Inwoners kunnen bij hun eigen gemeente terecht. − Huidige cliënten moeten eventueel verhuizen. − Risico dat er nog geen nieuw aanbod is in de regio.',
          financial:
            '+ Kosten van een uitkering en dergelijke vervallen voor de centrumgemeente; de andere gemeenten krijgen meer kosten. − Alternatieve invulling van leegstaande panden leidt mogelijk tot nieuwe kansen en/of kosten voor de centrumgemeente.',
          cooperation:
            '+ Regiogemeenten ook aan zet. − Samenwerking met zorgpartijen en woningcorporaties mogelijk op scherp. − Afhankelijk van inzet en investering door regiogemeenten (grondbeleid).',
          organisation: '+ Meer ruimte voor nieuwe aanbieders en initiatieven. − Afbouw of verplaatsen kan niet met de kaasschaaf, want er is een minimaal volume nodig.',
        },
      },
      {
        key: 'spread',
        label: 'Voorzieningen sluiten en/of verplaatsen (verdelen op basis van aantallen inwoners)',
        effects: {
          social:
            '+ Meer spreiding doelgroep: minder impact op wijk en buurt. − Deel doelgroep centrumgemeente afhankelijk van aanbod regiogemeenten. − Maatschappelijke onrust rond de start van nieuwe locaties.',
          financial:
            '+ Kosten uitkering vervallen voor de centrumgemeente; regiogemeenten krijgen die kosten. − Alternatieve invulling van panden leidt tot nieuwe kansen en kosten (veelal voor de centrumgemeente).',
          cooperation: '+ Regiogemeenten aan zet. − Samenwerking met zorgpartijen en woningcorporaties op scherp. − Afhankelijk van grondbeleid regiogemeenten.',
          organisation: '+ Veel ruimte voor nieuwe aanbieders en initiatieven. − Minimaal volume nodig voor een gezonde bedrijfsvoering.',
        },
      },
    ],
  },
  {
    key: 'real_estate',
    label: 'Perspectief vastgoed: wie neemt het initiatief?',
    options: [
      {
        key: 'purchasing',
        label: 'Inkooprelatie (centrumfunctie koopt bedden in voor een specifieke doelgroep; initiatief ligt bij zorgpartijen)',
        effects: {
          social: '− Geen oplossing voor de brede opgave. − Ongewenste doelgroepen.',
          financial:
            '+ Geen investering van de gemeente om ruimtes geschikt te maken voor wonen of andere doelgroepen. − Kosten van leegstand (voor wie?). − Missen opbrengst uit verkoop.',
          cooperation: '+ Zorgpartijen zijn zelf verantwoordelijk voor hun vastgoed; gemeenten sturen daar niet op. − Geen regie op wat er gebeurt met lege plekken.',
          organisation:
            '+ Veel huidige locaties zijn niet levensloopbestendig, duurzaam of toegankelijk. + Veranderopgave is te overzien. − Risico op kapitaalvernietiging.',
        },
      },
      {
        key: 'social_property',
        label: 'Maatschappelijk vastgoed',
        effects: {
          social: '+ Kansen voor andere doelgroepen en nieuwe initiatieven. − Vraag en wensen van overige doelgroepen nog onvoldoende bekend.',
          financial: '+ Regie voeren op de transformatie van zorgvastgoed voor de woonopgave. − Wie betaalt de investering om panden geschikt te maken?',
          cooperation: '+ Panden blijven eventueel behouden voor als de vraag weer toeneemt. − Omzetten naar regulier wonen drukt op de regionale afspraken met de provincie.',
          organisation: '− Veranderopgave is groot en complex: welk belang heeft een zorgpartij bij wonen?',
        },
      },
    ],
  },
] as const satisfies readonly { key: string; label: string; options: readonly MatrixOption[] }[]
export type MatrixRowKey = (typeof MATRIX_ROWS)[number]['key']
export const MATRIX_ROW_KEYS = MATRIX_ROWS.map((r) => r.key)

/** The reference-text key of one effect: row.option.effect (at most 60 characters). */
export function matrixEffectKey(row: string, option: string, effect: MatrixEffectKey): string {
  return `${row}.${option}.${effect}`
}

/** "Keuzes en taakverdeling": the four main choices, each with its options. */
export const MAIN_CHOICES = [
  {
    key: 'risks',
    label: 'Financiële risico’s',
    options: [
      { key: 'regional', label: 'Regionaal afdekken' },
      { key: 'local', label: 'Lokaal per gemeente' },
    ],
  },
  {
    key: 'central_municipality',
    label: 'Rol van de centrumgemeente',
    options: [
      { key: 'strong', label: 'Blijvend sterk aanwezige centrumgemeente' },
      { key: 'retreating', label: 'Terugtredende centrumgemeente' },
    ],
  },
  {
    key: 'settlement',
    label: 'Voor- en nadelen',
    options: [
      { key: 'afterwards', label: 'Verevenen (achteraf)' },
      { key: 'beforehand', label: 'Doordecentraliseren (vooraf)' },
    ],
  },
  {
    key: 'division',
    label: 'Grondslag van de verdeling',
    options: [
      { key: 'inhabitants', label: 'Inwoneraantallen' },
      { key: 'objective', label: 'Omvang geobjectiveerde middelen' },
      { key: 'support_need', label: 'Daadwerkelijke ondersteuningsbehoefte' },
    ],
  },
] as const
export type MainChoiceKey = (typeof MAIN_CHOICES)[number]['key']
export const MAIN_CHOICE_KEYS = MAIN_CHOICES.map((c) => c.key)

/**
 * "Invoeringsstrategie": the assenkruis borrowed from VNG's Omgevingswet programme. Horizontal: build
 * on the movement under way (−) or change course (+); vertical: focused on the own organisation (−)
 * or outward (+). Our reading of the picture (ADR 036): each quadrant is one strategy.
 */
export const STRATEGY_AXES = {
  change: { label: 'Veranderopgave', low: 'Voortbouwen', high: 'Roer om' },
  focus: { label: 'Focus', low: 'Eigen organisatie', high: 'Extern gericht' },
} as const
/** A municipality's place on one axis: −2 … 2 (0 is on the axis). */
export const STRATEGY_SCORES = [-2, -1, 0, 1, 2] as const

export const STRATEGIES = [
  { key: 'consolidating', label: 'Consoliderend', change: 'low', focus: 'low', description: 'Vooral noodzakelijke veranderingen, bijvoorbeeld door wet- en regelgeving of financiën.' },
  { key: 'calculating', label: 'Calculerend', change: 'high', focus: 'low', description: 'Werken met businesscases: welke verandering streven we na, wat levert voordeel op?' },
  { key: 'distinguishing', label: 'Onderscheidend', change: 'low', focus: 'high', description: 'De transitie gebruiken om lokaal op onderdelen het verschil te maken, bijvoorbeeld met pilots.' },
  { key: 'innovating', label: 'Vernieuwend', change: 'high', focus: 'high', description: 'Grote veranderingen; de mogelijkheden voor vernieuwing worden maximaal benut.' },
] as const
export type StrategyKey = (typeof STRATEGIES)[number]['key']

/** The strategy of a place in the assenkruis, or null on an axis. */
export function strategyOf(change: number, focus: number): StrategyKey | null {
  if (change === 0 || focus === 0) return null
  const found = STRATEGIES.find((s) => (s.change === 'high') === change > 0 && (s.focus === 'high') === focus > 0)
  return found ? found.key : null
}

/** "Financiële risico's": the handreiking's list, the starting register of every region. */
export const FINANCIAL_RISKS = [
  { key: 'redistribution', label: 'Herverdeling van de middelen over alle gemeenten (objectief verdeelmodel)' },
  { key: 'wlz_withdrawal', label: 'Uitname uit het budget voor de openstelling van de Wlz' },
  { key: 'heavier_clients', label: 'Wie in beschermd wonen overblijft, heeft zwaardere en complexere problemen' },
  { key: 'ggz_bed_reduction', label: 'Instroom door ambulantisering van de GGZ (beddenafbouw)' },
  { key: 'forensic_outflow', label: 'Kortere behandelduur in de forensische zorg: uitstroom naar beschermd wonen' },
] as const
export type FinancialRiskKey = (typeof FINANCIAL_RISKS)[number]['key']
export const FINANCIAL_RISK_KEYS = FINANCIAL_RISKS.map((r) => r.key)

export const RISK_LEVELS = [
  { key: 'low', label: 'Laag' },
  { key: 'medium', label: 'Midden' },
  { key: 'high', label: 'Hoog' },
] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]['key']

export const RISK_STATUSES = [
  { key: 'open', label: 'Open' },
  { key: 'in_progress', label: 'Maatregel in uitvoering' },
  { key: 'controlled', label: 'Beheerst' },
] as const
export type RiskStatus = (typeof RISK_STATUSES)[number]['key']
