import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Reading the environment happens in one env.ts per package (STYLE.md §3). */
export const restrictEnvAccess = {
  files: ['**/*.ts', '**/*.tsx'],
  ignores: ['**/env.ts', '**/env.server.ts', '**/*.config.ts', '**/testing/**', '**/*.test.ts', '**/*.bench.ts'],
  rules: {
    'no-restricted-properties': [
      'error',
      { object: 'process', property: 'env', message: "Read the environment in this package's env.ts." },
    ],
  },
}

/** Dependencies point one way (STYLE.md §2); `forbidden` names packages this workspace must not import. */
export function restrictImports(forbidden) {
  return {
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((name) => ({
            group: [name, `${name}/*`],
            message: `This package may not depend on ${name} (STYLE.md §2).`,
          })),
        },
      ],
    },
  }
}

export const base = tseslint.config(
  { ignores: ['build/**', 'dist/**', '.react-router/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  restrictEnvAccess,
)

export default base
