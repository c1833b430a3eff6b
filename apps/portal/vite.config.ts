import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'
import { bundleStats, pureSchemasInTheBrowser, UTRECHT_REACT, utrechtWithoutDisplayNames } from './vite-plugins.ts'

export default defineConfig({
  plugins: [utrechtWithoutDisplayNames(), pureSchemasInTheBrowser(), bundleStats(), reactRouter()],
  server: { port: 3000 },
  build: {
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: UTRECHT_REACT, sideEffects: false }] },
    },
  },
})
