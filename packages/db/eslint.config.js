import { base, restrictImports } from '@bt/eslint-config/base'

export default [
  ...base,
  restrictImports(['@bt/calc', '@bt/indicators', '@bt/auth', '@bt/api', '@trpc/server']),
  // Migrations are typed Kysely<any> on purpose: they must not depend on today's schema (STYLE.md §7).
  { files: ['src/migrations/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
]
