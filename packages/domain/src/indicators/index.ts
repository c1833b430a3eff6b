// The indicator vocabulary: catalogue types, the seeded catalogue, periods, value states and the import rows.
export * from './catalogue.ts'
export * from './catalogue-seed.ts'
export * from './import-rows.ts'
export * from './periods.ts'
export * from './schemas.ts'
export * from './values.ts'
export * from './catalogue-form.ts'
