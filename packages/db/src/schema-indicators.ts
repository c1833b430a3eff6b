import type { AggregationRule, AreaLevel, IndicatorDirection, IndicatorNature, IndicatorOrigin, IndicatorUnit, OrdinalLevel, PeriodKind, ValueState } from '@bt/domain'
import type { ColumnType, Generated, JSONColumnType } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

/** A catalogue entry (INDICATORS.md); jsonb lists are written as JSON text. */
export interface IndicatorTable {
  key: string
  label: string
  definition: string
  unit: IndicatorUnit
  nature: IndicatorNature
  levels: JSONColumnType<AreaLevel[]>
  periodKinds: JSONColumnType<PeriodKind[]>
  direction: IndicatorDirection
  aggregation: AggregationRule
  buildingBlocks: JSONColumnType<number[]>
  origin: IndicatorOrigin
  source: string
  licence: Generated<string>
  perThousand: Generated<boolean>
  ordinalLevels: JSONColumnType<OrdinalLevel[]>
  targetValue: number | null
  targetDate: string | null
  position: Generated<number>
  version: Generated<number>
  updatedAt: Timestamp
}

/** What a cell holds and who entered it: the cell's own columns, copied into its history when replaced. */
interface CellContentColumns {
  state: ValueState
  value: number | null
  numerator: number | null
  denominator: number | null
  source: string
  enteredBy: string | null
  enteredByLabel: string
}

/** One cell: an indicator's value for an area and period, its state, source, who and when. */
export interface IndicatorValueTable extends CellContentColumns {
  id: Generated<number>
  indicatorKey: string
  areaLevel: AreaLevel
  /** A municipality's or a region's (centrumgemeente's) CBS code, or 'NL'. */
  areaCode: string
  period: string
  periodEnd: string
  enteredAt: CreatedAt
  importId: number | null
  version: Generated<number>
  isDemo: Generated<boolean>
}

/** An earlier value of a cell, kept when it was replaced. */
export interface IndicatorValueHistoryTable extends CellContentColumns {
  id: Generated<number>
  valueId: number
  version: number
  enteredAt: Date | string
  replacedAt: CreatedAt
}

export interface IndicatorImportTable {
  id: Generated<number>
  createdBy: string | null
  createdByLabel: string
  createdAt: CreatedAt
  filename: Generated<string>
  status: 'staged' | 'committed' | 'refused'
  rowCount: Generated<number>
  errorCount: Generated<number>
  committedAt: Timestamp | null
  summary: ColumnType<unknown, string | null, string | null>
}

/** A staged row of an import: one value as the file gave it, with the file's row number. */
export interface IndicatorImportRowTable
  extends Pick<IndicatorValueTable, 'indicatorKey' | 'areaLevel' | 'areaCode' | 'period' | 'periodEnd' | 'state' | 'value' | 'numerator' | 'denominator' | 'source'> {
  importId: number
  rowNumber: number
}

/** A region's own explanation beside its figures of one indicator. */
export interface IndicatorExplanationTable {
  indicatorKey: string
  regionCode: string
  body: string
  version: Generated<number>
  updatedByLabel: string
  updatedAt: Timestamp
}

/** CBS Kerncijfers wijken en buurten per municipality on a reference date. */
export interface MunicipalityStatisticTable {
  municipalityCode: string
  referenceDate: string
  inhabitants: number
  men: number
  women: number
  dwellings: number
  densityPerKm2Land: number
  areaTotalHa: number
  areaLandHa: number
  areaWaterHa: number
  source: string
}

/**
 * The maintained roll-up of one indicator and period (ADR 017): valid while computedStamp = stamp;
 * triggers bump stamp on every write that changes what it was computed from.
 */
export interface IndicatorAggregateTable {
  indicatorKey: string
  period: string
  periodEnd: string
  stamp: Generated<number>
  computedStamp: number | null
  indelingNote: string | null
  nation: ColumnType<unknown, string | null, string | null>
  regions: ColumnType<unknown, string | null, string | null>
}

export interface IndicatorTables {
  indicatorAggregate: IndicatorAggregateTable
  indicator: IndicatorTable
  indicatorValue: IndicatorValueTable
  indicatorValueHistory: IndicatorValueHistoryTable
  indicatorImport: IndicatorImportTable
  indicatorImportRow: IndicatorImportRowTable
  indicatorExplanation: IndicatorExplanationTable
  municipalityStatistic: MunicipalityStatisticTable
}
