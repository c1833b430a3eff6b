import type { AgreementStage, BuildingBlockKey, ConditionKey, NvoAgreementKey, NvoThemeKey, PartnerKind, PlanElementKey } from '@bt/domain'

/** A kind of agreement regions make, as a template for fictitious demo data. */
export interface AgreementTemplate {
  title: string
  body: string
  nvoAgreements: NvoAgreementKey[]
  themes: NvoThemeKey[]
  conditions: ConditionKey[]
  buildingBlocks: BuildingBlockKey[]
  planElements: PlanElementKey[]
  partnerKinds: PartnerKind[]
}

// Fictitious but typical uitvoeringsafspraken, after the themes of a real regiovisie (NVO.md).
export const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
  {
    title: 'Regiovisie beschermd wonen en opvang vastgesteld door alle raden',
    body: 'De gemeenten stellen samen de regiovisie vast.\n\n- concept in het regionaal bestuurlijk overleg\n- daarna in **elke gemeenteraad**',
    nvoAgreements: ['regional_vision'],
    themes: ['vision'],
    conditions: ['long_term_support', 'support_continuum'],
    buildingBlocks: ['regional_cooperation'],
    planElements: ['vision'],
    partnerKinds: ['client_representatives'],
  },
  {
    title: 'Cliëntenraad en ervaringsdeskundigen schrijven mee aan het uitvoeringsplan',
    body: 'Ervaringsdeskundigen nemen deel aan elke werkgroep en krijgen een vergoeding.',
    nvoAgreements: ['codesign'],
    themes: ['participation'],
    conditions: ['self_management', 'quality_demand'],
    buildingBlocks: ['regional_cooperation'],
    planElements: ['partner_cooperation'],
    partnerKinds: ['client_representatives'],
  },
  {
    title: 'Centrale toegang beschermd wonen bij de centrumgemeente',
    body: 'Eén regionaal loket beoordeelt aanvragen; gemeenten verwijzen door binnen vijf werkdagen.',
    nvoAgreements: ['access'],
    themes: ['access'],
    conditions: ['low_threshold_access'],
    buildingBlocks: ['transition_clients'],
    planElements: ['responsibilities', 'transition'],
    partnerKinds: ['provider'],
  },
  {
    title: 'Landelijke toegankelijkheid: opvang ook voor mensen van buiten de regio',
    body: 'De regio past het convenant landelijke toegankelijkheid toe en registreert elke plaatsing van buiten.',
    nvoAgreements: ['access', 'supra_regional'],
    themes: ['access', 'supra_regional'],
    conditions: ['low_threshold_access'],
    buildingBlocks: ['residence_principle'],
    planElements: ['municipal_cooperation'],
    partnerKinds: ['provider'],
  },
  {
    title: 'Afspraken met buurregio over specialistische plekken',
    body: 'Schaarse plekken voor dubbele diagnose worden bovenregionaal ingekocht en verdeeld.',
    nvoAgreements: ['supra_regional', 'availability_continuity'],
    themes: ['supra_regional', 'care_functions'],
    conditions: ['support_continuum', 'housing_variants'],
    buildingBlocks: ['national_purchasing'],
    planElements: ['municipal_cooperation'],
    partnerKinds: ['provider', 'care_office'],
  },
  {
    title: 'Uniforme inkoopvoorwaarden beschermd wonen',
    body: 'Alle gemeenten gebruiken dezelfde raamovereenkomst en dezelfde productcodes.',
    nvoAgreements: ['purchasing'],
    themes: ['purchasing', 'admin_burden'],
    conditions: ['quality_demand'],
    buildingBlocks: ['regional_cooperation'],
    planElements: ['partner_cooperation'],
    partnerKinds: ['provider'],
  },
  {
    title: 'Reële tarieven op basis van kostprijsonderzoek',
    body: 'De tarieven worden elke twee jaar getoetst aan een onafhankelijk kostprijsonderzoek.',
    nvoAgreements: ['purchasing'],
    themes: ['tariffs'],
    conditions: ['quality_demand', 'long_term_support'],
    buildingBlocks: ['distribution_model'],
    planElements: ['budget_and_risks'],
    partnerKinds: ['provider'],
  },
  {
    title: 'Solidariteit: tekorten en overschotten verdeeld naar inwonertal',
    body: 'Voordelen en nadelen worden verdeeld naar inwonertal; een reserve vangt schommelingen op.',
    nvoAgreements: ['financial_solidarity'],
    themes: ['finance'],
    conditions: ['long_term_support'],
    buildingBlocks: ['distribution_model', 'wlz_withdrawal'],
    planElements: ['budget_and_risks', 'transition'],
    partnerKinds: [],
  },
  {
    title: 'Ingroeipad: bestaande cliënten houden hun plek',
    body: 'Wie nu beschermd woont, houdt zijn indicatie tot die afloopt; nieuwe cliënten vallen onder de eigen gemeente.',
    nvoAgreements: ['financial_solidarity'],
    themes: ['finance'],
    conditions: ['long_term_support', 'support_continuum'],
    buildingBlocks: ['transition_clients', 'distribution_model'],
    planElements: ['transition'],
    partnerKinds: ['provider'],
  },
  {
    title: 'Eén bestuurlijk aanspreekpunt en gebruik van de geschillencommissie',
    body: 'De portefeuillehouder van de centrumgemeente is aanspreekpunt; geschillen gaan naar de geschillencommissie sociaal domein.',
    nvoAgreements: ['governance_disputes'],
    themes: ['governance', 'disputes'],
    conditions: ['insurer_cooperation'],
    buildingBlocks: ['regional_cooperation'],
    planElements: ['municipal_cooperation', 'responsibilities'],
    partnerKinds: [],
  },
  {
    title: 'Uitstroomafspraken met woningcorporaties',
    body: 'Corporaties stellen jaarlijks een vast aantal woningen beschikbaar voor uitstroom uit beschermd wonen.',
    nvoAgreements: ['availability_continuity'],
    themes: ['housing'],
    conditions: ['affordable_housing', 'housing_variants'],
    buildingBlocks: ['national_agreements'],
    planElements: ['partner_cooperation'],
    partnerKinds: ['housing_corporation'],
  },
  {
    title: 'Skaeve huse en andere woonvormen',
    body: 'De regio realiseert kleinschalige woonvormen voor mensen die niet in een gewone wijk kunnen wonen.',
    nvoAgreements: ['availability_continuity'],
    themes: ['housing', 'care_functions'],
    conditions: ['housing_variants'],
    buildingBlocks: ['national_agreements'],
    planElements: ['vision'],
    partnerKinds: ['housing_corporation', 'provider'],
  },
  {
    title: 'Consultatiefunctie ggz in de wijk met de zorgverzekeraar',
    body: 'Wijkteams kunnen een psychiater consulteren; de zorgverzekeraar financiert de consultatie.',
    nvoAgreements: ['availability_continuity', 'codesign'],
    themes: ['care_functions'],
    conditions: ['insurer_cooperation', 'low_threshold_access'],
    buildingBlocks: ['national_agreements'],
    planElements: ['partner_cooperation'],
    partnerKinds: ['health_insurer', 'provider'],
  },
  {
    title: 'Flexibele begeleiding die op- en afschaalt',
    body: 'Begeleiding kan binnen 48 uur worden opgeschaald zonder nieuwe indicatie.',
    nvoAgreements: ['availability_continuity'],
    themes: ['care_functions'],
    conditions: ['long_term_support', 'support_continuum'],
    buildingBlocks: ['transition_clients'],
    planElements: ['vision'],
    partnerKinds: ['provider'],
  },
  {
    title: 'Herstelacademie en zelfregie',
    body: 'Een herstelacademie biedt cursussen door ervaringsdeskundigen in elke gemeente.',
    nvoAgreements: ['codesign'],
    themes: ['participation'],
    conditions: ['self_management'],
    buildingBlocks: ['monitoring'],
    planElements: ['partner_cooperation'],
    partnerKinds: ['client_representatives'],
  },
  {
    title: 'Regionale monitor beschermd thuis',
    body: 'Twee keer per jaar rapporteert de regio instroom, uitstroom en wachttijden.',
    nvoAgreements: ['governance_disputes'],
    themes: ['monitoring'],
    conditions: ['quality_demand'],
    buildingBlocks: ['monitoring'],
    planElements: ['municipal_cooperation'],
    partnerKinds: [],
  },
  {
    title: 'Samenwerkingsagenda met zorgkantoor over Wlz-uitstroom',
    body: 'Cliënten met een blijvende zorgvraag krijgen samen met het zorgkantoor een warme overdracht naar de Wlz.',
    nvoAgreements: ['availability_continuity'],
    themes: ['care_functions'],
    conditions: ['insurer_cooperation', 'support_continuum'],
    buildingBlocks: ['wlz_withdrawal'],
    planElements: ['partner_cooperation', 'transition'],
    partnerKinds: ['care_office'],
  },
  {
    title: 'Minder verantwoordingslast voor aanbieders',
    body: 'De regio gebruikt één verantwoordingsformat en vraagt alleen gegevens die in de monitor terugkomen.',
    nvoAgreements: ['purchasing'],
    themes: ['admin_burden'],
    conditions: ['quality_demand'],
    buildingBlocks: ['monitoring'],
    planElements: ['partner_cooperation'],
    partnerKinds: ['provider'],
  },
]

/** How often each stage occurs among the demo agreements (out of 20). */
export const STAGE_WEIGHTS: readonly [AgreementStage, number][] = [
  ['concept', 5],
  ['vastgesteld', 5],
  ['in_uitvoering', 6],
  ['gerealiseerd', 3],
  ['vervallen', 1],
]

export const DELAY_REASONS = [
  'De aanbesteding duurt langer dan gepland.',
  'Niet alle gemeenteraden hebben het besluit al geagendeerd.',
  'De woningcorporatie heeft minder woningen vrij dan verwacht.',
  'Wachten op de uitkomst van het landelijke kostprijsonderzoek.',
  'Personeelstekort bij de zorgaanbieder.',
]

export const PARTNER_NAMES: Record<PartnerKind, string[]> = {
  provider: ['Stichting Anker', 'Zorggroep De Brug', 'Herstelhuis Noord'],
  health_insurer: ['Zorgverzekeraar Regio'],
  care_office: ['Zorgkantoor Regio'],
  housing_corporation: ['Woonstichting Thuis', 'Corporatie Samen Wonen'],
  client_representatives: ['Cliëntenraad Beschermd Wonen', 'Platform Ervaringsdeskundigen'],
  other: ['Politie', 'GGD'],
}
