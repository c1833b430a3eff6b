// After `react-router build`: the JavaScript each page route loads (entry, and every route module of
// its match from the root down, with their imports), gzip-compressed, against its budget in
// js-budgets.json (issue 20). Fails the build when a route grows past its budget (a route without one
// of its own has the default); `--write` prints the measured sizes as budgets to start from. The CSS
// every page loads is reported beside it. A budget of 0 marks a page served without JavaScript: its
// route module must say `handle = NO_HYDRATION` (app/lib/hydration.ts), and the root then leaves out
// every script and modulepreload link (the e2e spec no-hydration.spec.ts checks the HTML).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { client, manifest, portal } from './build-manifest.mjs'

const budgets = JSON.parse(readFileSync(join(portal, 'js-budgets.json'), 'utf8'))

const gzipped = new Map()
/** Compressed size of one built file, in bytes. */
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(client, file)), { level: 9 }).length)
  return gzipped.get(file)
}

/** The route and its parents up to the root, as React Router loads them for a page. */
function chain(id) {
  const route = manifest.routes[id]
  return route ? [...(route.parentId ? chain(route.parentId) : []), route] : []
}

// A route whose id is not its file's name (one module at two addresses, e.g. routes/regio-zoeken)
// names its file beside its id in app/routes.ts.
const routesSource = readFileSync(join(portal, 'app', 'routes.ts'), 'utf8')
const fileOfId = new Map([...routesSource.matchAll(/'(routes\/[^']+)\.tsx', \{ id: '([^']+)' \}/g)].map((m) => [m[2], m[1]]))

/** Whether the route's own source declares it is never hydrated. */
function declaresNoHydration(id) {
  const source = join(portal, 'app', `${fileOfId.get(id) ?? id}.tsx`)
  return existsSync(source) && /export const handle = NO_HYDRATION\b/.test(readFileSync(source, 'utf8'))
}

/** The modules a page of this route loads, de-duplicated, with their total compressed size. */
function weigh(id) {
  if (declaresNoHydration(id)) return { js: 0 }
  const files = new Set([manifest.entry.module, ...manifest.entry.imports])
  for (const route of chain(id)) {
    for (const file of [route.module, ...(route.imports ?? [])]) files.add(file)
  }
  const total = (set) => [...set].reduce((sum, file) => sum + sizeOf(file), 0)
  return { js: total(files) }
}

// Resource routes (downloads, /healthz, the APIs) have no component and ship no JavaScript.
const pageRoutes = Object.values(manifest.routes).filter((r) => r.hasDefaultExport && r.id !== 'root')
const kB = (bytes) => Math.round(bytes / 100) / 10
const rows = pageRoutes.map((route) => ({ id: route.id, ...weigh(route.id), budget: budgets.routes[route.id] ?? budgets.default }))
rows.sort((a, b) => b.js - a.js)

if (process.argv.includes('--list')) {
  for (const row of rows) console.log(`${String(kB(row.js)).padStart(6)} kB  (budget ${row.budget})  ${row.id}`)
  process.exit(0)
}

if (process.argv.includes('--write')) {
  const proposed = Object.fromEntries(rows.map((r) => [r.id, Math.ceil(kB(r.js) + 5)]))
  console.log(JSON.stringify(proposed, null, 2))
  process.exit(0)
}

const problems = []
for (const row of rows) {
  if (row.budget === 0 && !declaresNoHydration(row.id)) problems.push(`${row.id}: a budget of 0 kB, but its module does not say \`export const handle = NO_HYDRATION\``)
  else if (kB(row.js) > row.budget) problems.push(`${row.id}: ${kB(row.js)} kB gzip of JavaScript, over its budget of ${row.budget} kB`)
}
// chart.js is a lazily loaded island (components/ui/chart.tsx imports chart-canvas.tsx after the page
// hydrated): its chunk must stay out of every route's initial JavaScript.
const eager = [manifest.entry, ...pageRoutes].filter((r) => [r.module, ...(r.imports ?? [])].some((f) => /\/chart-canvas-[^/]*\.js$/.test(f)))
if (eager.length > 0) problems.push(`chart.js loads with the page instead of after it: ${eager.map((r) => r.id ?? 'entry').join(', ')}`)
// zod stays on the server: route actions check the forms (ADR 040). A client chunk with a zod module
// means a schema reached the browser (build/bundle-stats.json, written by vite-plugins.ts).
const statsFile = join(portal, 'build', 'bundle-stats.json')
if (existsSync(statsFile)) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  const withZod = Object.keys(stats).filter((chunk) => Object.keys(stats[chunk]).some((id) => /[\\/]node_modules[\\/].*[\\/]zod[\\/]/.test(id)))
  if (withZod.length > 0) problems.push(`zod reached the browser (a schema the client uses; check forms on the server): ${withZod.join(', ')}`)
}
const largest = rows[0]
const smallest = rows[rows.length - 1]
const stylesheets = readdirSync(join(client, 'assets')).filter((name) => name.endsWith('.css'))
const cssRaw = stylesheets.reduce((sum, name) => sum + readFileSync(join(client, 'assets', name)).length, 0)
const cssGzip = stylesheets.reduce((sum, name) => sum + sizeOf(`/assets/${name}`), 0)
console.log(`JavaScript per page route, gzip: ${kB(smallest?.js ?? 0)}–${kB(largest?.js ?? 0)} kB over ${rows.length} routes`)
console.log(`CSS (every page): ${kB(cssRaw)} kB raw, ${kB(cssGzip)} kB gzip in ${stylesheets.length} files`)
if (problems.length > 0) {
  console.error(`JavaScript budgets exceeded (apps/portal/js-budgets.json):\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
