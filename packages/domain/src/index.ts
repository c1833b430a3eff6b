// The public surface of @bt/domain: the shared vocabulary, reference data, Dutch labels and schemas.

export {
  BUILDING_BLOCKS,
  BUILDING_BLOCK_KEYS,
  BuildingBlockKeySchema,
  CLUSTERS,
  CLUSTER_KEYS,
  ClusterKeySchema,
  getBuildingBlock,
  listBuildingBlocksInCluster,
  type BuildingBlock,
  type BuildingBlockKey,
  type Cluster,
  type ClusterKey,
} from './building-blocks.ts'
export { STATUSES, STATUS_KEYS, StatusKeySchema, type Status, type StatusKey } from './statuses.ts'
export {
  BUILDING_BLOCK_STATUS_SEED,
  type BuildingBlockStatusSeed,
  type BuildingBlockStatusSnapshot,
  type SubLineSeed,
} from './building-block-status-seed.ts'
export {
  CONDITIONS,
  CONDITION_KEYS,
  ConditionKeySchema,
  type Condition,
  type ConditionKey,
} from './conditions.ts'
export {
  NVO_AGREEMENTS,
  NVO_AGREEMENT_KEYS,
  NVO_CONFIDENCES,
  NVO_LEVELS,
  NVO_LEVEL_DETAILS,
  NVO_THEMES,
  NVO_THEME_KEYS,
  NvoAgreementKeySchema,
  NvoLevelSchema,
  NvoThemeKeySchema,
  type NvoAgreement,
  type NvoAgreementKey,
  type NvoConfidence,
  type NvoLevel,
  type NvoLevelDetail,
  type NvoTheme,
  type NvoThemeKey,
} from './nvo.ts'
export {
  PLAN_ELEMENTS,
  PLAN_ELEMENT_KEYS,
  PlanElementKeySchema,
  type PlanElement,
  type PlanElementKey,
} from './plan-elements.ts'
export {
  ROLES,
  ROLE_KEYS,
  ROLE_SCOPES,
  ROLE_SCOPE_LABELS,
  RoleKeySchema,
  type Role,
  type RoleKey,
  type RoleScope,
} from './roles.ts'
export {
  MAX_REGION_NAME_LENGTH,
  MAX_REGION_SLUG_LENGTH,
  MIN_REGION_NAME_LENGTH,
  MunicipalityCodeSchema,
  RegionNameSchema,
  RegionSlugSchema,
  defaultRegionName,
  regionSlug,
  slugify,
  type MunicipalityCode,
  type RegionName,
  type RegionSlug,
} from './codes.ts'
export {
  IsoDateSchema,
  PeriodSchema,
  isValidIsoDate,
  isValidPeriod,
  type IsoDate,
  type Period,
} from './dates.ts'
export { DOMAIN_ERROR_CODES, DomainError, isDomainError, type DomainErrorCode } from './errors.ts'
export {
  CreateUserSchema,
  EmailSchema,
  LoginSchema,
  NewPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PersonNameSchema,
  RenameRegionSchema,
  RoleAssignmentSchema,
  RoleGrantSchema,
  SetPasswordSchema,
  UpdateUserSchema,
  type CreateUserInput,
  type LoginInput,
  type RenameRegionInput,
  type RoleGrantInput,
  type SetPasswordInput,
  type UpdateUserInput,
} from './accounts.ts'
export {
  IndelingImportSchema,
  MAX_INDELING_CSV_LENGTH,
  REFERENCE_TEXT_KINDS,
  UpdateReferenceTextSchema,
  type IndelingImportInput,
  type ReferenceTextKind,
  type UpdateReferenceTextInput,
} from './reference-data.ts'
