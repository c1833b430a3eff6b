import { base, restrictImports } from '@bt/eslint-config/base'

export default [...base, restrictImports(['@bt/api', '@trpc/server', '@bt/calc', '@bt/indicators'])]
