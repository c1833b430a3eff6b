import { z } from 'zod'

/** Keys of the eight agreements of the Norm voor Opdrachtgeverschap (NvO) for BW-MO, in order. */
export const NVO_AGREEMENT_KEYS = [
  'regional_vision',
  'codesign',
  'availability_continuity',
  'access',
  'supra_regional',
  'purchasing',
  'financial_solidarity',
  'governance_disputes',
] as const

/** One of the eight NvO agreements. */
export type NvoAgreementKey = (typeof NVO_AGREEMENT_KEYS)[number]

/** How sure we are of an agreement's text: confirmed from VNG, or reconstructed from secondary sources. */
export const NVO_CONFIDENCES = ['confirmed', 'reconstructed'] as const

/** The confidence of an NvO agreement's default text. */
export type NvoConfidence = (typeof NVO_CONFIDENCES)[number]

/** An NvO agreement: number 1-8, short Dutch title, Dutch default text and its confidence. */
export interface NvoAgreement {
  key: NvoAgreementKey
  number: number
  title: string
  text: string
  confidence: NvoConfidence
}

// NVO.md: 1-3 follow VNG's own explanation, 4-8 are reconstructed. These are default texts only: the
// database holds the live text, which an administrator can correct in /beheer.
/** The eight NvO agreements in number order, with Dutch default texts that seed the database. */
export const NVO_AGREEMENTS: readonly NvoAgreement[] = [
  {
    key: 'regional_vision',
    number: 1,
    title: 'Regiovisie',
    text: 'De gemeenten in de regio stellen samen een regiovisie beschermd wonen en maatschappelijke opvang op. Elke gemeenteraad in de regio stelt de regiovisie vast.',
    confidence: 'confirmed',
  },
  {
    key: 'codesign',
    number: 2,
    title: 'Totstandkoming in dialoog',
    text: 'De regiovisie komt tot stand in dialoog met professionals, inwoners of hun vertegenwoordigers, ervaringsdeskundigen, ketenpartners (zorg, wonen, participatie, inkomen en schuldhulpverlening) en financiers (gemeenten en zorgverzekeraars).',
    confidence: 'confirmed',
  },
  {
    key: 'availability_continuity',
    number: 3,
    title: 'Beschikbaarheid en continuïteit',
    text: 'De regiovisie beschrijft hoe de regio de beschikbaarheid en continuïteit van de zorgfuncties voor beschermd wonen en maatschappelijke opvang borgt: de huidige situatie en de ambitie, de lokale en regionale pijlers van sociale inclusie, de inzet van elke gemeente, en welke functies lokaal, regionaal of bovenregionaal worden georganiseerd.',
    confidence: 'confirmed',
  },
  {
    key: 'access',
    number: 4,
    title: 'Toegang',
    text: 'De toegang tot beschermd wonen en maatschappelijke opvang is geregeld (centraal of lokaal), en de regio past de landelijke toegankelijkheid toe volgens de landelijke convenanten.',
    confidence: 'reconstructed',
  },
  {
    key: 'supra_regional',
    number: 5,
    title: 'Bovenregionale samenwerking',
    text: "Regio's maken onderling afspraken over bovenregionale samenwerking voor schaarse en specialistische functies.",
    confidence: 'reconstructed',
  },
  {
    key: 'purchasing',
    number: 6,
    title: 'Inkoop en contractering',
    text: 'De gemeenten in de regio kopen zorgvuldig in, met uniforme contractvoorwaarden, reële tarieven en zo min mogelijk administratieve lasten.',
    confidence: 'reconstructed',
  },
  {
    key: 'financial_solidarity',
    number: 7,
    title: 'Financiële afspraken en solidariteit',
    text: "De gemeenten in de regio maken financiële afspraken en regelen onderlinge solidariteit (zoals het bundelen van middelen en het verevenen van risico's), als voorbereiding op de objectieve verdeling en het woonplaatsbeginsel.",
    confidence: 'reconstructed',
  },
  {
    key: 'governance_disputes',
    number: 8,
    title: 'Besturing en geschillen',
    text: 'De regio heeft een besturingsvorm met één duidelijk aanspreekpunt, en legt geschillen voor aan de geschillencommissie sociaal domein.',
    confidence: 'reconstructed',
  },
]

/** Validates an NvO agreement key; the message is Dutch. */
export const NvoAgreementKeySchema = z.enum(NVO_AGREEMENT_KEYS, {
  error: 'Kies een bestaande NvO-afspraak.',
})

/** Keys of the thirteen themes a region's agreement is tagged with (NVO.md). */
export const NVO_THEME_KEYS = [
  'vision',
  'participation',
  'care_functions',
  'access',
  'purchasing',
  'tariffs',
  'admin_burden',
  'supra_regional',
  'finance',
  'disputes',
  'governance',
  'housing',
  'monitoring',
] as const

/** One of the thirteen agreement themes. */
export type NvoThemeKey = (typeof NVO_THEME_KEYS)[number]

/** A theme with its Dutch label. */
export interface NvoTheme {
  key: NvoThemeKey
  label: string
}

/** The thirteen themes in display order, with NVO.md's Dutch labels (default texts, editable in the database). */
export const NVO_THEMES: readonly NvoTheme[] = [
  { key: 'vision', label: 'Regiovisie en vaststelling per raad' },
  { key: 'participation', label: 'Participatie van cliënten, ervaringsdeskundigen en partners' },
  {
    key: 'care_functions',
    label: 'Beschikbaarheid en continuïteit van zorgfuncties (lokaal / regionaal / bovenregionaal)',
  },
  { key: 'access', label: 'Toegang en landelijke toegankelijkheid' },
  { key: 'purchasing', label: 'Inkoop en contractering' },
  { key: 'tariffs', label: 'Reële tarieven' },
  { key: 'admin_burden', label: 'Administratieve lasten' },
  { key: 'supra_regional', label: 'Bovenregionale afspraken' },
  {
    key: 'finance',
    label: 'Financiële afspraken en solidariteit (incl. wat de centrumgemeente inhoudt)',
  },
  { key: 'disputes', label: 'Geschillen' },
  { key: 'governance', label: 'Besturingsvorm en aanspreekpunt' },
  { key: 'housing', label: 'Wonen: woonplekken, uitstroom, afspraken met corporaties' },
  { key: 'monitoring', label: 'Monitoring en evaluatie' },
]

/** Validates a theme key; the message is Dutch. */
export const NvoThemeKeySchema = z.enum(NVO_THEME_KEYS, { error: 'Kies een bestaand thema.' })

/** The ordinal levels a region scores per NvO agreement; never averaged, only counted per level. */
export const NVO_LEVELS = [0, 1, 2, 3, 4] as const

/** One NvO level, 0 (not started) to 4 (updated). */
export type NvoLevel = (typeof NVO_LEVELS)[number]

/** A level's Dutch label and the definition shown where the level is chosen. */
export interface NvoLevelDetail {
  label: string
  definition: string
}

/** Dutch label and definition per level, verbatim from NVO.md. */
export const NVO_LEVEL_DETAILS: Record<NvoLevel, NvoLevelDetail> = {
  0: { label: 'Niet gestart', definition: 'Voor deze afspraak is nog niets geregeld.' },
  1: {
    label: 'In voorbereiding',
    definition:
      'De regio heeft besloten wie de afspraak uitwerkt en wanneer; er is nog geen tekst afgesproken.',
  },
  2: {
    label: 'Concept',
    definition: 'Er ligt een conceptafspraak die met de gemeenten en partners wordt besproken.',
  },
  3: {
    label: 'Vastgesteld',
    definition:
      'Vastgesteld door alle gemeenten in de regio (bij afspraak 1: door elke gemeenteraad).',
  },
  4: {
    label: 'Geactualiseerd',
    definition:
      'Van kracht, geëvalueerd en in de afgelopen twee jaar minstens één keer bijgewerkt.',
  },
}

/** Validates an NvO level (the number 0-4); the message is Dutch. */
export const NvoLevelSchema = z.literal(NVO_LEVELS, {
  error: 'Kies een niveau van 0 tot en met 4.',
})
