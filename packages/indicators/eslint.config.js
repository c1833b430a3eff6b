import { base, restrictImports } from '@bt/eslint-config/base'

export default [...base, restrictImports(['@bt/calc', '@bt/db', '@bt/auth', '@bt/api'])]
