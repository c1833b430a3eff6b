import { base, restrictImports } from '@bt/eslint-config/base'

export default [...base, restrictImports([])]
