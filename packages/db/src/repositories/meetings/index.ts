export * from './meetings.ts'
export * from './items.ts'
export * from './decisions.ts'
export * from './bottleneck-co-authors.ts'
