import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv.ts'

describe('parseCsv', () => {
  it('reads quoted cells with commas and doubled quotes', () => {
    const rows = parseCsv('code,name\nGM0820,"Nuenen, Gerwen en Nederwetten"\nGM0001,"Zeg ""hoi"""\n')
    expect(rows).toEqual([
      { code: 'GM0820', name: 'Nuenen, Gerwen en Nederwetten' },
      { code: 'GM0001', name: 'Zeg "hoi"' },
    ])
  })

  it('accepts semicolons, CRLF, a byte-order mark and blank lines', () => {
    expect(parseCsv('\uFEFFa;b\r\n1;2\r\n\r\n3;4')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ])
  })

  it('fills missing trailing cells with empty strings', () => {
    expect(parseCsv('a,b,c\n1,2')).toEqual([{ a: '1', b: '2', c: '' }])
  })

  it('refuses a quote that is never closed', () => {
    expect(() => parseCsv('a,b\n"1,2\n')).toThrow(/quoted/)
  })
})
