import { describe, expect, it } from 'vitest'
import {
  BUILDING_BLOCKS,
  BUILDING_BLOCK_KEYS,
  BuildingBlockKeySchema,
  CLUSTERS,
  CLUSTER_KEYS,
  getBuildingBlock,
  listBuildingBlocksInCluster,
} from './building-blocks.ts'
import { DomainError } from './errors.ts'

describe('clusters', () => {
  it('has four clusters in display order with the Dutch labels of seed 000', () => {
    expect(CLUSTERS.map((cluster) => cluster.key)).toEqual([...CLUSTER_KEYS])
    expect(CLUSTERS.map((cluster) => cluster.label)).toEqual([
      'Financiële uitwerkingsvragen',
      'Regionale samenwerking',
      'Landelijke afspraken',
      'Doorontwikkeling',
    ])
  })
})

describe('building blocks', () => {
  it('has ten blocks numbered 1 to 10 in key order', () => {
    expect(BUILDING_BLOCKS).toHaveLength(10)
    expect(BUILDING_BLOCKS.map((block) => block.key)).toEqual([...BUILDING_BLOCK_KEYS])
    expect(BUILDING_BLOCKS.map((block) => block.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('has unique keys and non-empty, unique Dutch labels', () => {
    expect(new Set(BUILDING_BLOCK_KEYS).size).toBe(BUILDING_BLOCK_KEYS.length)
    const labels = BUILDING_BLOCKS.map((block) => block.label)
    expect(labels.every((label) => label.trim().length > 0)).toBe(true)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('groups the blocks into the clusters of DOMAIN.md §2', () => {
    const numbersIn = (cluster: (typeof CLUSTER_KEYS)[number]) =>
      listBuildingBlocksInCluster(cluster).map((block) => block.number)
    expect(numbersIn('financial')).toEqual([1, 3, 4, 5, 6])
    expect(numbersIn('regional_cooperation')).toEqual([2, 10])
    expect(numbersIn('national_agreements')).toEqual([7])
    expect(numbersIn('further_development')).toEqual([8, 9])
  })

  it('puts every block in exactly one known cluster', () => {
    for (const block of BUILDING_BLOCKS) expect(CLUSTER_KEYS).toContain(block.cluster)
    const total = CLUSTER_KEYS.reduce(
      (sum, key) => sum + listBuildingBlocksInCluster(key).length,
      0,
    )
    expect(total).toBe(10)
  })

  it('finds a block by key', () => {
    expect(getBuildingBlock('wlz_withdrawal')).toMatchObject({ number: 4, label: 'Uitname Wlz' })
  })

  it('throws NOT_FOUND for a key that slipped past the types', () => {
    const unknownKey = 'no_such_block' as (typeof BUILDING_BLOCK_KEYS)[number]
    expect(() => getBuildingBlock(unknownKey)).toThrow(DomainError)
    expect(() => getBuildingBlock(unknownKey)).toThrow(/no_such_block/)
  })

  it('accepts known keys and refuses others in Dutch', () => {
    expect(BuildingBlockKeySchema.parse('taskforce')).toBe('taskforce')
    const result = BuildingBlockKeySchema.safeParse('verdeelmodel')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Kies een bestaande bouwsteen.')
  })
})
