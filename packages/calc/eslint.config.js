import { base, restrictImports } from '@bt/eslint-config/base'

export default [...base, restrictImports(['@bt/indicators', '@bt/db', '@bt/auth', '@bt/api', 'zod'])]
