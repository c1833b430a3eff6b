// The Utrecht CSS the portal ships is only that of the components it uses (app/utrecht.css, issue 20):
// every Utrecht class written in the app's sources and every Utrecht React component it imports must
// be styled by one of the imported packages, and every imported package must be used.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const app = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

/** The root class each imported Utrecht React component renders. */
const COMPONENT_CLASSES: Record<string, string> = {
  Alert: 'utrecht-alert',
  Button: 'utrecht-button',
  Heading1: 'utrecht-heading-1',
  Heading2: 'utrecht-heading-2',
  Heading3: 'utrecht-heading-3',
  Paragraph: 'utrecht-paragraph',
}
/** Classes the sources build from a string prefix, and the ones they can build. */
const BUILT_CLASSES: Record<string, string[]> = {
  'utrecht-heading-': ['utrecht-heading-2', 'utrecht-heading-3'], // ConflictPanel's headingLevel
  'utrecht-alert--': ['utrecht-alert--ok', 'utrecht-alert--info'], // ImportOutcome's kind
  'utrecht-form-field--': ['utrecht-form-field--checkbox', 'utrecht-form-field--radio'], // ChoiceField's type
  'utrecht-form-label--': ['utrecht-form-label--checkbox', 'utrecht-form-label--radio'],
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

const packages = [...readFileSync(join(app, 'utrecht.css'), 'utf8').matchAll(/@import '([^']+)'/g)].map((m) => m[1] ?? '')
const classesOf = (css: string) => new Set([...css.matchAll(/\.(utrecht-[a-z0-9_-]+)/g)].map((m) => m[1] ?? ''))
const shipped = new Map(packages.map((spec) => [spec, classesOf(readFileSync(require.resolve(spec), 'utf8'))]))
const defined = new Set([
  ...[...shipped.values()].flatMap((set) => [...set]),
  ...classesOf(readFileSync(join(app, 'app.css'), 'utf8')),
])

const texts = sources(app).map((file) => readFileSync(file, 'utf8'))
const written = new Set(texts.flatMap((text) => [...text.matchAll(/(?<![-\w])utrecht-[a-z0-9_-]+/g)].map((m) => m[0])))
const components = new Set(
  texts.flatMap((text) =>
    [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g)].flatMap((m) =>
      (m[1] ?? '').split(',').map((name) => name.trim().replace(/^type\s+/, '')).filter(Boolean),
    ),
  ),
)
const used = new Set([
  ...[...written].flatMap((name) => (name.endsWith('-') ? (BUILT_CLASSES[name] ?? [name]) : [name])),
  ...[...components].map((name) => COMPONENT_CLASSES[name] ?? `unknown component ${name}`),
])

describe('the Utrecht CSS the portal ships', () => {
  it('imports at least the packages it needs, from the bundle it replaced', () => {
    expect(packages.length).toBeGreaterThan(10)
  })

  it('styles every Utrecht class and component the app uses', () => {
    expect([...used].filter((name) => !defined.has(name)).sort()).toEqual([])
  })

  it('imports no package the app does not use', () => {
    const unused = [...shipped].filter(([, classes]) => ![...classes].some((name) => used.has(name))).map(([spec]) => spec)
    expect(unused).toEqual([])
  })
})
