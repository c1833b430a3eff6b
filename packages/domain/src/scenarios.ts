// Calculation scenarios (/rekenen; DOMAIN.md §6): one flat form whose fields are strings in the
// browser and without JavaScript, parsed into the canonical parameters the API computes with
// (cents, basis points, a phase-in schedule, a sharing model). The same schema serves
// react-hook-form, the route action and the tRPC input (STYLE.md §10). Every field but the scope is
// optional for API callers; a blank field takes its default. The parts live in ./scenario/.
export * from './scenario/constants.ts'
export { readDecimal } from './scenario/numbers.ts'
export type * from './scenario/types.ts'
export { NATION_SCOPE } from './scenario/fields.ts'
export * from './scenario/parameters.ts'
export * from './scenario/form-values.ts'
export * from './scenario/saving.ts'
export * from './scenario/compare.ts'
export * from './scenario/residence-check.ts'
export * from './scenario/import.ts'
export { DEFAULT_WLZ_WITHDRAWAL_YEAR } from './scenario/wlz.ts'
export { formatIndicationEnds, type IndicationGroup } from './scenario/indication-ends.ts'
