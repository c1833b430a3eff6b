export * from './bottlenecks.ts'
export * from './signals.ts'
