export * from './checks.ts'
export * from './picture.ts'
export * from './schemas.ts'
export * from './states.ts'
