import { base } from '@bt/eslint-config/base'

export default [{ ignores: ['test-results/**', 'playwright-report/**'] }, ...base]
