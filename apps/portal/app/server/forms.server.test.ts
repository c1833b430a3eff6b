import { describe, expect, it } from 'vitest'
import { formDataToObject } from './forms.server.ts'

const posted = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return formDataToObject(data)
}

describe('a posted form as an object', () => {
  it('nests dotted names and makes repeated names a list', () => {
    expect(posted([['assignment.role', 'viewer'], ['themes', 'a'], ['themes', 'b'], ['title', 'T']])).toEqual({ assignment: { role: 'viewer' }, themes: ['a', 'b'], title: 'T' })
  })

  it('never reaches a prototype, whatever a field is called', () => {
    const result = posted([['__proto__.polluted', 'ja'], ['constructor.prototype.polluted', 'ja'], ['a.__proto__.polluted', 'ja'], ['title', 'T']])
    expect(Reflect.get({}, 'polluted')).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(result).toEqual({ title: 'T' })
  })

  it('keeps the group when a name is both a value and a group, in either order, instead of throwing', () => {
    expect(posted([['a', 'x'], ['a.b', 'y']])).toEqual({ a: { b: 'y' } })
    expect(posted([['a.b', 'y'], ['a', 'x']])).toEqual({ a: { b: 'y' } })
    expect(posted([['a', 'x'], ['a', 'z'], ['a.b', 'y']])).toEqual({ a: { b: 'y' } })
  })
})
