// Calculation scenarios (/rekenen; DOMAIN.md §6): the defaults the seeds give and the Dutch labels
// of every choice the scenario form offers.
/** Years the calculator accepts (budget year, start year, price year). */
export const MIN_SCENARIO_YEAR = 2000
export const MAX_SCENARIO_YEAR = 2100
/** Phase-in steps N: the default is 10 (seed 000 §2.1); 30 bounds typos, not policy. */
export const MIN_PHASE_IN_STEPS = 1
export const MAX_SCENARIO_PHASE_IN_STEPS = 30
export const DEFAULT_SCENARIO_PHASE_IN_STEPS = 10
/** The largest amount accepted in any euro field: €100 billion, far above the ≈ €4 billion of BW+MO+Begeleiding. */
export const MAX_SCENARIO_EUROS = 100_000_000_000
/** Seed 000 §2.3: about €1.8 million for the national purchasing (LTA) of five specialist providers. */
export const DEFAULT_NATIONAL_PURCHASING_EUROS = 1_800_000
/** Seed 000 §2.4: 30% of the macrobudget is withdrawn ex ante for the Wlz. */
export const DEFAULT_WLZ_WITHDRAWAL_PERCENT = 30
/** Seed 004: the Gooi en Vechtstreek reserve is capped at €2 million. */
export const DEFAULT_RESERVE_CAP_EUROS = 2_000_000
/** Seed 004: IJssel-Vecht's centrumgemeente keeps about 2.5% for regional execution costs. */
export const DEFAULT_RETENTION_PERCENT = 2.5
/** The IJssel-Vecht covenant of 2023 caps the retention: €2,324,582 for BW, €4,334,882 for MO. */
export const DEFAULT_RETENTION_CAP_BW_EUROS = 2_324_582
export const DEFAULT_RETENTION_CAP_MO_EUROS = 4_334_882

/** The models a region can choose to share its budget (DOMAIN.md §6.6, seed 004), or none. */
export const SHARING_MODEL_KINDS = [
  'none',
  'inhabitantsWithReserve',
  'appropriateShare',
  'centralRetention',
  'localCompensation',
] as const
export type SharingModelKind = (typeof SHARING_MODEL_KINDS)[number]

/** Dutch labels of the sharing models, with the region whose arrangement each follows. */
export const SHARING_MODEL_LABELS: Record<SharingModelKind, string> = {
  none: 'Geen verdeelmodel',
  inhabitantsWithReserve: 'Naar inwoners met bestemmingsreserve (zoals Gooi en Vechtstreek)',
  appropriateShare: 'Passend aandeel (zoals IJssel-Vecht)',
  centralRetention: 'Inhouding door de centrumgemeente (zoals IJssel-Vecht)',
  localCompensation: 'Compensatie achteraf van lokale ondersteuning (zoals Midden-Holland)',
}

/** What a passend aandeel is measured by. */
export const SHARE_BASES = ['inhabitants', 'wmoIntegrationPayment', 'objectiveAmount'] as const
export type ShareBaseKey = (typeof SHARE_BASES)[number]
export const SHARE_BASE_LABELS: Record<ShareBaseKey, string> = {
  inhabitants: 'Inwoners',
  wmoIntegrationPayment: 'Wmo-integratie-uitkering',
  objectiveAmount: 'Objectief budget',
}

/** How the centrumgemeente retains: not at all, a percentage (optionally capped), or a fixed amount. */
export const RETENTION_KINDS = ['none', 'percentage', 'fixed'] as const
export type RetentionKind = (typeof RETENTION_KINDS)[number]
export const RETENTION_KIND_LABELS: Record<RetentionKind, string> = {
  none: 'Geen inhouding',
  percentage: 'Een percentage van het regiobudget',
  fixed: 'Een vast bedrag',
}

/** How the phase-in schedule is made (DOMAIN.md §6.2). */
export const SCHEDULE_KINDS = [
  'linear',
  'outflowRate',
  'indicationEnds',
  'outflow',
  'custom',
] as const
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]
export const SCHEDULE_KIND_LABELS: Record<ScheduleKind, string> = {
  linear: 'Lineair: elk jaar een even grote stap',
  outflowRate: 'Uit een jaarlijks uitstroompercentage van bestaande cliënten',
  indicationEnds: 'Uit de einddatums van de indicaties van bestaande cliënten',
  outflow: 'Uit de uitstroom van bestaande cliënten',
  custom: 'Eigen percentages per stap',
}

/** Where a client came from before the Wlz (DOMAIN.md §6.3). */
export const WLZ_ORIGINS = ['bw', 'otherWmo', 'nonWmo'] as const
export type WlzOriginKey = (typeof WLZ_ORIGINS)[number]
export const WLZ_ORIGIN_LABELS: Record<WlzOriginKey, string> = {
  bw: 'Uit beschermd wonen',
  otherWmo: 'Uit andere Wmo-ondersteuning',
  nonWmo: 'Van buiten de Wmo',
}
