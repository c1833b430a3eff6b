import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'
import { bundleStats, pureSchemasInTheBrowser, UTRECHT_REACT, utrechtWithoutDisplayNames } from './vite-plugins.ts'

// Plain ESM packages the server build takes in instead of importing at start: Node 20 resolved,
// read and compiled ~470 module files for them on every start (kysely alone 262), ~0.35 s of CPU
// of a start (issue 20, ADR 046). Left outside: CommonJS packages (pg, react-dom), react-router (one
// copy with @react-router/express and /node), and packages that find files beside their own code
// (PGlite's WebAssembly, argon2's native binding) or that are imported on first use (exceljs,
// nodemailer, graphile-worker).
const SERVER_BUNDLED = [
  'kysely',
  'kysely-pglite-dialect',
  'zod',
  /^micromark/,
  'character-entities',
  'decode-named-character-reference',
  'superjson',
  'copy-anything',
  'is-what',
  '@trpc/server',
  /^@remix-run\//,
  /^@utrecht\//,
  'react-hook-form',
  'isbot',
]

export default defineConfig(({ command }) => ({
  plugins: [utrechtWithoutDisplayNames(), pureSchemasInTheBrowser(), bundleStats(), reactRouter()],
  server: { port: 3000 },
  // Only the build: the dev server loads dependencies itself.
  ...(command === 'build' ? { ssr: { noExternal: SERVER_BUNDLED } } : {}),
  build: {
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: UTRECHT_REACT, sideEffects: false }] },
    },
  },
}))
