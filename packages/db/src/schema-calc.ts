import type { ColumnType, Generated, Selectable } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A jsonb column written as JSON text and read as a parsed value the api gives its type. */
type Json = ColumnType<unknown, string, string>

/** A set of calculation inputs: 'example' is the fictitious demo set (voorbeeldbedragen). */
export interface CalcDatasetTable {
  id: Generated<number>
  label: string
  kind: 'example' | 'imported'
  budgetYear: number
  /** The BW macrobudget (cents). */
  macroBudgetCents: number
  /** The MO macrobudget (cents), kept apart (DOMAIN.md §6.0); 0 when the set has none. */
  moMacroBudgetCents: Generated<number>
  seed: number | null
  note: Generated<string>
  createdAt: CreatedAt
  createdBy: string | null
}

/** A centrumgemeente's historical BW and MO amounts: the weights of the historical distributions. */
export interface CalcHistoricalAmountTable {
  datasetId: number
  municipalityCode: string
  amountCents: number
  moAmountCents: Generated<number>
}

/** A measure (maatstaf) of the objective distribution with its relative weight. */
export interface CalcMeasureTable {
  datasetId: number
  key: string
  label: string
  weight: number
  perInhabitant: Generated<boolean>
  position: number
  /** Which objective model the measure belongs to: BW's or MO's (verdeelmodel MO). */
  budget: Generated<'bw' | 'mo'>
}

/** A municipality's value for one measure. */
export interface CalcMeasureValueTable {
  datasetId: number
  measureKey: string
  municipalityCode: string
  value: number
}

/** Per-municipality bases of the sharing models (the Wmo integration payment). */
export interface CalcSharingBaseTable {
  datasetId: number
  municipalityCode: string
  wmoIntegrationPaymentCents: number
}

/** A municipality's published amounts (the rekenbestand's): historical for centrumgemeenten only. */
export interface CalcPublishedAmountTable {
  datasetId: number
  municipalityCode: string
  historicalCents: number | null
  objectiveCents: number
  /** The MO part of the two amounts (centrumgemeenten only; null when the sheet gave none). */
  historicalMoCents: number | null
  objectiveMoCents: number | null
}

/** A group of clients who moved to the Wlz, per centrumgemeente (aggregated, never a person). */
export interface CalcWlzClientGroupTable {
  id: Generated<number>
  datasetId: number
  municipalityCode: string
  origin: 'bw' | 'otherWmo' | 'nonWmo'
  priceYear: number
  wlzStartDate: string
  clientCount: number
  /** Cost of one client over costDays days, at priceYear prices. */
  costCents: number
  costDays: number
  lostOwnContributionsCents: Generated<number>
}

/** A saved calculation scenario: its parameters, the data set it used and its result as computed. */
export interface ScenarioTable {
  id: string
  ownerUserId: string
  regionCode: string | null
  name: string
  visibility: 'private' | 'region' | 'signed_in'
  parameters: Json
  datasetId: number
  result: Json
  isRegionChoice: Generated<boolean>
  /** The installation's reference scenario (at most one; shared with everyone signed in). */
  isReference: Generated<boolean>
  version: Generated<number>
  createdAt: CreatedAt
  updatedAt: Timestamp
}

/** The calculator's tables, merged into DB. */
export interface CalcTables {
  calcDataset: CalcDatasetTable
  calcHistoricalAmount: CalcHistoricalAmountTable
  calcMeasure: CalcMeasureTable
  calcMeasureValue: CalcMeasureValueTable
  calcSharingBase: CalcSharingBaseTable
  calcPublishedAmount: CalcPublishedAmountTable
  calcWlzClientGroup: CalcWlzClientGroupTable
  scenario: ScenarioTable
}

export type CalcDataset = Selectable<CalcDatasetTable>
export type Scenario = Selectable<ScenarioTable>
