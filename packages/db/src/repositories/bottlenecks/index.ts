export * from './bottlenecks.ts'
export * from './signals.ts'
export * from './signal-data.ts'
