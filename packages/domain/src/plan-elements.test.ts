import { describe, expect, it } from 'vitest'
import { PLAN_ELEMENTS, PLAN_ELEMENT_KEYS, PlanElementKeySchema } from './plan-elements.ts'

describe('plan elements', () => {
  it('has six elements numbered 1 to 6 in key order', () => {
    expect(PLAN_ELEMENTS).toHaveLength(6)
    expect(PLAN_ELEMENTS.map((element) => element.key)).toEqual([...PLAN_ELEMENT_KEYS])
    expect(PLAN_ELEMENTS.map((element) => element.number)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('has unique keys and labels, and a description for each', () => {
    expect(new Set(PLAN_ELEMENT_KEYS).size).toBe(6)
    expect(new Set(PLAN_ELEMENTS.map((element) => element.label)).size).toBe(6)
    for (const element of PLAN_ELEMENTS) expect(element.description.length).toBeGreaterThan(10)
  })

  it('asks the vision to work out the eight conditions, as seed 002 does', () => {
    expect(PLAN_ELEMENTS[0]?.description).toMatch(/acht condities/)
  })

  it('refuses an unknown element in Dutch', () => {
    expect(PlanElementKeySchema.safeParse('transition').success).toBe(true)
    expect(PlanElementKeySchema.safeParse('planning').error?.issues[0]?.message).toBe(
      'Kies een bestaand onderdeel van het uitvoeringsplan.',
    )
  })
})
