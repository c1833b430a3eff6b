// What a page route's JavaScript is made of (issue 20): after `react-router build`,
// lists the largest packages and source files in the initial JavaScript of the given routes (entry,
// the route and its parents, their imports), by their bytes before minifying. Usage:
//   node scripts/js-contents.mjs routes/rekenen/index [routes/home …] [--top 30]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { manifest, portal } from './build-manifest.mjs'

const stats = JSON.parse(readFileSync(join(portal, 'build', 'bundle-stats.json'), 'utf8'))

const args = process.argv.slice(2)
const topAt = args.indexOf('--top')
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25
const routes = args.filter((a, i) => !a.startsWith('--') && i !== topAt + 1)

function chain(id) {
  const route = manifest.routes[id]
  return route ? [...(route.parentId ? chain(route.parentId) : []), route] : []
}

/** A module id shortened to its package (node_modules) or its path in the repo. */
function owner(id) {
  const pkg = id.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  const inRepo = id.match(/\/(apps|packages)\/(.*)$/)
  return inRepo ? `${inRepo[1]}/${inRepo[2]}` : id
}

for (const id of routes) {
  const files = new Set([manifest.entry.module, ...manifest.entry.imports])
  for (const route of chain(id)) for (const file of [route.module, ...(route.imports ?? [])]) files.add(file)
  const byOwner = new Map()
  const byModule = new Map()
  for (const file of files) {
    for (const [module, length] of Object.entries(stats[file.replace(/^\//, '')] ?? {})) {
      byOwner.set(owner(module), (byOwner.get(owner(module)) ?? 0) + length)
      byModule.set(module, length)
    }
  }
  const list = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => `  ${(n / 1000).toFixed(1).padStart(7)} kB  ${name}`)
  console.log(`\n${id}: ${files.size} files; by package/source (bytes before minifying)`)
  console.log(list(new Map([...byOwner].filter(([name]) => !name.startsWith('apps/') && !name.startsWith('packages/')))).join('\n'))
  console.log(`  -- own source files:`)
  console.log(list(new Map([...byModule].filter(([name]) => /\/(apps|packages)\//.test(name) && !name.includes('node_modules')).map(([m, n]) => [owner(m), n]))).join('\n'))
}
