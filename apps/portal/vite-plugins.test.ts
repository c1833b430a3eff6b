import { parseSync } from 'vite'
import { describe, expect, it } from 'vitest'
import { markComputedConstantsPure } from './vite-plugins.ts'

const mark = (code: string) => markComputedConstantsPure(code, parseSync('module.js', code).program.body)

describe('markComputedConstantsPure', () => {
  it('wraps computed module-level constants so an unused one can be dropped whole', () => {
    expect(mark("export const DateSchema = z.string().trim()\nconst Row = z.object({ d: DateSchema.nullable() })\n")).toBe(
      'export const DateSchema = /* @__PURE__ */ (() => (z.string().trim()))()\n' +
        'const Row = /* @__PURE__ */ (() => (z.object({ d: DateSchema.nullable() })))()\n',
    )
  })

  it('keeps an object literal an expression inside the arrow', () => {
    const marked = mark("const Fields = { title: text(200, 'Een titel') }\n")
    expect(marked).toBe("const Fields = /* @__PURE__ */ (() => ({ title: text(200, 'Een titel') }))()\n")
    expect(parseSync('module.js', marked).errors).toEqual([])
  })

  it('leaves functions, plain values, statements and inner declarations alone', () => {
    const code = [
      "const text = (max) => z.string().max(max)",
      "export const LABELS = { a: 'A' }",
      "let counter = start()",
      "z.config(nl())",
      "function f() { const inner = z.string() }",
      '',
    ].join('\n')
    expect(mark(code)).toBe(code)
  })
})
