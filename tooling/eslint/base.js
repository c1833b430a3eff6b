import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { plugin as bt } from './rules/explain-as-cast.js'

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

/** Tests, benches and their fixtures may assert what they set up themselves. */
export const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/*.spec.ts', '**/*.bench.ts', '**/fuzz/**', '**/testing/**', '**/testing.ts', '**/fixtures/**', '**/bench/**']

/**
 * Type-aware linting, as create-t3-turbo's tooling/eslint/base.ts does it: the TypeScript project
 * service gives every rule the types (`recommendedTypeChecked`: floating promises, awaiting a
 * non-promise, unsafe `any`, needless assertions …). Outside tests we also ban what hides a type
 * error: `x!`, `as never`, `as unknown as`; every other cast but `as const` says why in a comment.
 */
export const typed = tseslint.config(
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      // React Router's way to answer early is `throw redirect(…)` / `throw data(…)`.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
    },
  },
  {
    // vitest's matchers (`expect.any`, `expect.objectContaining`) are typed `any`, and test doubles
    // stand in for methods: the unsafe-any rules would only add noise there.
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: TEST_FILES,
    plugins: { bt },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      'bt/explain-as-cast': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSNeverKeyword.typeAnnotation',
          message: '`as never` hides a type error: narrow the value or give it its real type.',
        },
        {
          selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
          message: '`as unknown as` hides a type error: narrow the value or give it its real type.',
        },
      ],
    },
  },
)

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
  ...typed,
  restrictEnvAccess,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
)

export default base
