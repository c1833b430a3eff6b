import { describe, expect, it } from 'vitest'
import { BUILDING_BLOCK_STATUS_SEED } from './building-block-status-seed.ts'
import { BUILDING_BLOCK_KEYS } from './building-blocks.ts'
import { STATUS_KEYS } from './statuses.ts'
import { isValidIsoDate } from './dates.ts'

const { asOf, source, blocks } = BUILDING_BLOCK_STATUS_SEED

function findBlock(key: (typeof BUILDING_BLOCK_KEYS)[number]) {
  const block = blocks.find((candidate) => candidate.buildingBlock === key)
  if (!block) throw new Error(`missing ${key}`)
  return block
}

describe('building-block status seed (autumn 2020)', () => {
  it('is dated at the BO of 7 December 2020 and names its source', () => {
    expect(asOf).toBe('2020-12-07')
    expect(isValidIsoDate(asOf)).toBe(true)
    expect(source).toMatch(/§6\.4/)
  })

  it('covers each of the ten blocks once, in number order', () => {
    expect(blocks.map((block) => block.buildingBlock)).toEqual([...BUILDING_BLOCK_KEYS])
  })

  it('gives every block at least one sub-line and a non-empty explanation', () => {
    for (const block of blocks) {
      expect(block.subLines.length, block.buildingBlock).toBeGreaterThanOrEqual(1)
      expect(block.explanation.trim(), block.buildingBlock).not.toBe('')
    }
  })

  it('uses snake_case sub-line keys, unique within each block', () => {
    for (const block of blocks) {
      const keys = block.subLines.map((line) => line.key)
      expect(new Set(keys).size, block.buildingBlock).toBe(keys.length)
      for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/)
    }
  })

  it('gives every sub-line a Dutch label and a known status', () => {
    for (const line of blocks.flatMap((block) => block.subLines)) {
      expect(line.label.trim()).not.toBe('')
      expect(STATUS_KEYS).toContain(line.status)
    }
  })

  it('records the statuses of the seed table', () => {
    const statusesOf = (key: (typeof BUILDING_BLOCK_KEYS)[number]) =>
      findBlock(key).subLines.map((line) => line.status)
    expect(statusesOf('distribution_model')).toEqual(['done', 'pending'])
    expect(statusesOf('wlz_withdrawal')).toEqual(['done', 'done_decision_pending'])
    expect(statusesOf('national_agreements')).toEqual([
      'partly_done',
      'done',
      'done_decision_pending',
    ])
    expect(statusesOf('monitoring')).toEqual(['done', 'pending'])
    expect(statusesOf('specific_themes')).toEqual(['done'])
  })

  it('keeps the implementation column as free text', () => {
    expect(findBlock('residence_principle').implementation).toBe(
      'Inwerkingtreding op 1 januari 2022',
    )
    expect(findBlock('specific_themes').implementation).toBe('n.v.t.')
  })
})
