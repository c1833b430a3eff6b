import { DomainError } from '@bt/domain'
import type { DatasetDefinition } from './dataset.ts'
import { buildingBlockHistory } from './datasets/building-block-history.ts'
import { buildingBlockStatus } from './datasets/building-block-status.ts'
import { editionAggregates } from './datasets/edition-aggregates.ts'
import { editionLevels } from './datasets/edition-levels.ts'
import { editionStates } from './datasets/edition-states.ts'
import { indicatorSeries } from './datasets/indicator-series.ts'
import { publicStatistics } from './datasets/public-statistics.ts'

/**
 * Every public data set, in the order /open-data lists them. Adding one is one entry here: the page,
 * the CSV and JSON downloads, the API path and the OpenAPI document follow from it.
 */
export const DATASETS: readonly DatasetDefinition[] = [
  buildingBlockStatus,
  buildingBlockHistory,
  indicatorSeries,
  publicStatistics,
  editionStates,
  editionAggregates,
  editionLevels,
]

/** The data set with this key; NOT_FOUND (with the Dutch message the API and pages show) otherwise. */
export function getDataset(key: string): DatasetDefinition {
  const dataset = DATASETS.find((d) => d.key === key)
  if (!dataset) throw new DomainError('NOT_FOUND', `Dataset ${key} bestaat niet.`)
  return dataset
}
