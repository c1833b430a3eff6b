import { describe, expect, it } from 'vitest'
import * as domain from './index.ts'

// Other packages are written against these names; renaming one must fail here first.
const CONTRACT = [
  'CLUSTER_KEYS',
  'CLUSTERS',
  'BUILDING_BLOCK_KEYS',
  'BUILDING_BLOCKS',
  'STATUS_KEYS',
  'STATUSES',
  'BUILDING_BLOCK_STATUS_SEED',
  'CONDITION_KEYS',
  'CONDITIONS',
  'NVO_AGREEMENT_KEYS',
  'NVO_AGREEMENTS',
  'NVO_THEME_KEYS',
  'NVO_THEMES',
  'NVO_LEVELS',
  'NVO_LEVEL_DETAILS',
  'PLAN_ELEMENT_KEYS',
  'PLAN_ELEMENTS',
  'ROLE_KEYS',
  'ROLES',
  'MunicipalityCodeSchema',
  'RegionSlugSchema',
  'slugify',
  'defaultRegionName',
  'RegionNameSchema',
  'IsoDateSchema',
  'PeriodSchema',
  'isValidIsoDate',
  'DOMAIN_ERROR_CODES',
  'DomainError',
] as const

describe('public surface', () => {
  it.each(CONTRACT)('exports %s', (name) => {
    expect(domain[name]).toBeDefined()
  })
})
