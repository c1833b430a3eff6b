import { unitProject } from '@bt/vitest-config'

export default unitProject('indicators')
