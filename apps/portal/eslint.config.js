import { react } from '@bt/eslint-config/react'

// The portal reaches data only through the API (STYLE.md §2).
const dataPackages = ['@bt/db', '@bt/auth', '@bt/calc', '@bt/indicators', 'kysely', 'pg'].map((name) => ({
  group: [name, `${name}/*`],
  message: `The portal reaches data only through the API: no ${name} here (STYLE.md §2).`,
}))

/** The rooms of app/ (ADR 007); each entry adds its own bans to the data-package ban. */
function imports(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns: [...dataPackages, ...patterns] }] }
}

export default [
  ...react,
  { rules: imports() },
  {
    // Server code renders nothing: what it shares with components lives in lib/.
    files: ['app/server/**'],
    rules: imports({
      group: ['\\#app/components/**', '../components/*', '../components/**'],
      message: 'server/ never imports components/: move what both need to lib/ (ADR 007).',
    }),
  },
  {
    // A route folder imports its own files only; what two areas share lives in components/, lib/ or server/.
    files: ['app/routes/**'],
    rules: imports(
      {
        group: ['\\#app/routes/**'],
        message: "A route imports no other route's files: move what is shared to components/, lib/ or server/ (ADR 007).",
      },
      {
        group: ['../*', '../**'],
        message: "A route imports no other route folder's files (use #app/… for components/, lib/, server/; ADR 007).",
      },
    ),
  },
]
