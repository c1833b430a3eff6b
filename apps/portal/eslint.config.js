import { restrictImports } from '@bt/eslint-config/base'
import { react } from '@bt/eslint-config/react'

// The portal reaches data only through the API (STYLE.md §2).
export default [...react, restrictImports(['@bt/db', '@bt/auth', '@bt/calc', '@bt/indicators', 'kysely', 'pg'])]
