export * from './meetings.ts'
export * from './items.ts'
export * from './decisions.ts'
