export * from './reference.ts'
export * from './schemas.ts'
