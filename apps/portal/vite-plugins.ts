// Build plugins of the portal's vite.config.ts that keep the browser's JavaScript small (issue 20,
// ADR 042 and ADR 040), and the bundle statistics scripts/js-contents.mjs reads.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

// Utrecht's React packages mark their components pure but then set `X.displayName = 'X'` beside each,
// and declare no `sideEffects`: to the bundler every component has a side effect, so all of them
// (58 kB gzip) reached every page while the portal uses six (issue 20). Without the names (a React
// DevTools nicety) and with the packages known to be free of side effects, only what is used remains.
export const UTRECHT_REACT = /[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/]/

export function utrechtWithoutDisplayNames(): Plugin {
  return {
    name: 'bt:utrecht-without-display-names',
    apply: 'build',
    transform(code, id) {
      if (!UTRECHT_REACT.test(id)) return null
      return { code: code.replace(/^[\w$]+\.displayName = (['"])[^'"]*\1;$/gm, ''), map: null }
    },
  }
}

const OWN_SOURCE = /[\\/](apps|packages)[\\/][^\\/]+[\\/](app|src)[\\/][^?]*\.tsx?$/

/** A node of the parsed module, as far as this plugin looks at it. */
interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'type' in value && 'start' in value
}

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression', 'Literal', 'Identifier', 'TemplateLiteral'])

/** The module-level `const` initialisers that compute something (call a function somewhere inside). */
function computedInitialisers(code: string, body: unknown[]): Node[] {
  const found: Node[] = []
  for (const statement of body.filter(isNode)) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (!isNode(declaration) || declaration.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue
    if (!Array.isArray(declaration.declarations)) continue
    for (const declarator of declaration.declarations.filter(isNode)) {
      const init = declarator.init
      if (isNode(init) && !FUNCTIONS.has(init.type) && code.slice(init.start, init.end).includes('(')) found.push(init)
    }
  }
  return found
}

/** The module with each computed module-level `const` initialiser as `/* @__PURE__ *\/ (() => (…))()`. */
export function markComputedConstantsPure(code: string, body: unknown[]): string {
  let marked = ''
  let at = 0
  for (const init of computedInitialisers(code, body)) {
    marked += `${code.slice(at, init.start)}/* @__PURE__ */ (() => (${code.slice(init.start, init.end)}))()`
    at = init.end
  }
  return marked + code.slice(at)
}

// The browser checks no form with zod: route actions do (server/forms.server.ts, ADR 040). But a
// module-level `export const XSchema = z.object({ d: DateSchema.nullable() })` is a chain of calls the
// bundler must assume have side effects, so every schema beside a label the browser uses (and with
// them all of zod, 26 kB gzip) reached the pages. In the client build, in our modules that import
// zod, each module-level `const` computed by a call becomes `/* @__PURE__ */ (() => (…))()`, which the
// bundler drops whole when nothing uses it (a schema, or a table only a schema reads). Module-level
// constants compute values; none of ours is there for a side effect. A schema the browser does use
// stays, and the budget check shows its weight.
export function pureSchemasInTheBrowser(): Plugin {
  return {
    name: 'bt:pure-schemas-in-the-browser',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform(code, id) {
      if (!OWN_SOURCE.test(id) || id.includes('node_modules') || !/from ['"]zod['"]/.test(code)) return null
      const marked = markComputedConstantsPure(code, this.parse(code).body)
      return marked === code ? null : { code: marked, map: null }
    },
  }
}

// The build writes what each client chunk holds (module → bytes before minifying) to
// build/bundle-stats.json (outside build/client: not served), for scripts/js-contents.mjs.
export function bundleStats(): Plugin {
  return {
    name: 'bt:bundle-stats',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return
      const chunks = Object.fromEntries(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk'
            ? [[file.fileName, Object.fromEntries(Object.entries(file.modules).map(([id, m]) => [id, m.renderedLength]))]]
            : [],
        ),
      )
      writeFileSync(join(import.meta.dirname, 'build', 'bundle-stats.json'), JSON.stringify(chunks))
    },
  }
}
