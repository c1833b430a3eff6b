import { reactRouter } from '@react-router/dev/vite'
import { defineConfig, type Plugin } from 'vite'

// Utrecht's React packages mark their components pure but then set `X.displayName = 'X'` beside each,
// and declare no `sideEffects`: to the bundler every component has a side effect, so all of them
// (58 kB gzip) reached every page while the portal uses six (issue 20). Without the names (a React
// DevTools nicety) and with the packages known to be free of side effects, only what is used remains.
const UTRECHT_REACT = /[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/]/

function utrechtWithoutDisplayNames(): Plugin {
  return {
    name: 'bt:utrecht-without-display-names',
    apply: 'build',
    transform(code, id) {
      if (!UTRECHT_REACT.test(id)) return null
      return { code: code.replace(/^[\w$]+\.displayName = (['"])[^'"]*\1;$/gm, ''), map: null }
    },
  }
}

export default defineConfig({
  plugins: [utrechtWithoutDisplayNames(), reactRouter()],
  server: { port: 3000 },
  build: {
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: UTRECHT_REACT, sideEffects: false }] },
    },
  },
})
