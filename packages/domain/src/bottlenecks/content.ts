/** The fields people edit together on a bottleneck: what the db stores and the edit form shows. */
export interface BottleneckContent {
  title: string
  description: string
  buildingBlocks: string[]
  regionCodes: string[]
  severity: number
  likelihood: number
  ownerUserId: string | null
  dueDate: string | null
  agreementIds: number[]
  indicatorKeys: string[]
}
