// The built client's route manifest, read by the scripts that measure page JavaScript after
// `react-router build` (check-js-budgets.mjs, js-contents.mjs).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const portal = dirname(dirname(fileURLToPath(import.meta.url)))
export const client = join(portal, 'build', 'client')
const manifestFile = readdirSync(join(client, 'assets')).find((name) =>
  /^manifest-.*\.js$/.test(name),
)
if (!manifestFile)
  throw new Error('No build/client/assets/manifest-*.js: run react-router build first')
const manifestText = readFileSync(join(client, 'assets', manifestFile), 'utf8')
export const manifest = JSON.parse(
  manifestText.slice(manifestText.indexOf('{'), manifestText.lastIndexOf('}') + 1),
)
