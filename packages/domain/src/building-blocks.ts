import { z } from 'zod'
import { DomainError } from './errors.ts'

/** Keys of the four clusters that group the ten building blocks (seed 000, "Leeswijzer"), in display order. */
export const CLUSTER_KEYS = [
  'financial',
  'regional_cooperation',
  'national_agreements',
  'further_development',
] as const

/** One of the four clusters of building blocks. */
export type ClusterKey = (typeof CLUSTER_KEYS)[number]

/** A cluster with its Dutch label. */
export interface Cluster {
  key: ClusterKey
  label: string
}

/** The four clusters in display order, with the Dutch labels of seed 000. */
export const CLUSTERS: readonly Cluster[] = [
  { key: 'financial', label: 'Financiële uitwerkingsvragen' },
  { key: 'regional_cooperation', label: 'Regionale samenwerking' },
  { key: 'national_agreements', label: 'Landelijke afspraken' },
  { key: 'further_development', label: 'Doorontwikkeling' },
]

/** Validates a cluster key; the message is Dutch. */
export const ClusterKeySchema = z.enum(CLUSTER_KEYS, { error: 'Kies een bestaand cluster.' })

/** Keys of the ten building blocks of the Expertiseteam MO-BW advice; position + 1 is the block's number. */
export const BUILDING_BLOCK_KEYS = [
  'distribution_model',
  'regional_cooperation',
  'transition_clients',
  'wlz_withdrawal',
  'residence_principle',
  'national_purchasing',
  'national_agreements',
  'taskforce',
  'monitoring',
  'specific_themes',
] as const

/** One of the ten building blocks (bouwstenen). */
export type BuildingBlockKey = (typeof BUILDING_BLOCK_KEYS)[number]

/** A building block: its number 1-10, Dutch label and cluster. */
export interface BuildingBlock {
  key: BuildingBlockKey
  number: number
  label: string
  cluster: ClusterKey
}

// Labels use seed 000's own words (§2-§5 headings, §6.4 table), as in DOMAIN.md §2.
/** The ten building blocks in number order. */
export const BUILDING_BLOCKS: readonly BuildingBlock[] = [
  {
    key: 'distribution_model',
    number: 1,
    label: 'Verdeelmodel en ingroeipad',
    cluster: 'financial',
  },
  {
    key: 'regional_cooperation',
    number: 2,
    label: 'Verplichte regionale samenwerking',
    cluster: 'regional_cooperation',
  },
  {
    key: 'transition_clients',
    number: 3,
    label: 'Overgangssituatie en nieuwe cliënten',
    cluster: 'financial',
  },
  { key: 'wlz_withdrawal', number: 4, label: 'Uitname Wlz', cluster: 'financial' },
  {
    key: 'residence_principle',
    number: 5,
    label: 'Kostenverrekening of woonplaatsbeginsel',
    cluster: 'financial',
  },
  {
    key: 'national_purchasing',
    number: 6,
    label: 'Landelijke inkoop specialistische voorzieningen',
    cluster: 'financial',
  },
  {
    key: 'national_agreements',
    number: 7,
    label: 'Landelijke afspraken (wonen; zorg in de wijk)',
    cluster: 'national_agreements',
  },
  { key: 'taskforce', number: 8, label: 'Taskforce', cluster: 'further_development' },
  {
    key: 'monitoring',
    number: 9,
    label: 'Monitoring, evaluatie en bijsturing',
    cluster: 'further_development',
  },
  {
    key: 'specific_themes',
    number: 10,
    label: "Nieuwe regio's (specifieke thema's)",
    cluster: 'regional_cooperation',
  },
]

/** Validates a building-block key; the message is Dutch. */
export const BuildingBlockKeySchema = z.enum(BUILDING_BLOCK_KEYS, {
  error: 'Kies een bestaande bouwsteen.',
})

/** Returns the building block with this key; throws DomainError NOT_FOUND for an unknown key. */
export function getBuildingBlock(key: BuildingBlockKey): BuildingBlock {
  const block = BUILDING_BLOCKS.find((candidate) => candidate.key === key)
  if (!block) throw new DomainError('NOT_FOUND', `Building block ${key} does not exist.`)
  return block
}

/** Lists the building blocks of one cluster in number order. */
export function listBuildingBlocksInCluster(cluster: ClusterKey): BuildingBlock[] {
  return BUILDING_BLOCKS.filter((block) => block.cluster === cluster)
}
