// The steering group's register and signals (issue 16).
export * from './states.ts'
export * from './risk.ts'
export * from './schemas.ts'
export * from './content.ts'
export * from './signals.ts'
