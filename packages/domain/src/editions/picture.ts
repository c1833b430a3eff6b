// A region's picture in a half-year edition: what is snapshotted as JSON when the region submits
// (ADR 019). Every part has an item key, so the adviser's comments and the region's disputes point
// at one item and the change view can compare items across editions.

import { NVO_AGREEMENTS, type NvoAgreementKey } from '../nvo.ts'
import { PLAN_ELEMENTS } from '../plan-elements.ts'
import { FINANCIAL_PICTURE_BLOCKS, financialPictureItems, type PictureFinancialAgreement } from './financial-part.ts'

/** The shape's version, stored in the snapshot so a later shape can still read old editions. */
export const PICTURE_SHAPE_VERSION = 1

export interface PictureLevel {
  nvoAgreement: NvoAgreementKey
  level: number
  explanation: string
}

/** The latest value available when the picture was taken, with its own period. */
export interface PictureIndicator {
  key: string
  label: string
  unit: string
  period: string
  periodEnd: string
  value: number | null
  state: string
  /** The building blocks (keys) the indicator belongs to, for the change view per block. */
  buildingBlocks: string[]
}

export interface PictureAgreement {
  id: number
  title: string
  stage: string
  dueDate: string | null
  plannedDate: string | null
  delayCount: number
  /** Due before the picture's date and not realised or lapsed. */
  overdue: boolean
  nvoAgreements: string[]
  conditions: string[]
  buildingBlocks: string[]
}

export interface PicturePlanElement {
  element: string
  status: string
}

export interface PictureAdoptions {
  visionTitle: string | null
  councils: number
  adopted: number
}

/** A region's picture as it stood when taken. */
export interface EditionPicture {
  shapeVersion: typeof PICTURE_SHAPE_VERSION
  takenAt: string
  regionCode: string
  regionName: string
  levels: PictureLevel[]
  indicators: PictureIndicator[]
  agreements: PictureAgreement[]
  planElements: PicturePlanElement[]
  adoptions: PictureAdoptions
  /** The published financial agreement (null: none published; absent in pictures taken before it existed). */
  financialAgreement?: PictureFinancialAgreement | null
}

/** One commentable, disputable item of a picture. */
export interface PictureItem {
  key: string
  label: string
}

/** The items of a picture in display order: levels, adoptions, plan elements, the financial agreement, agreements, indicators. */
export function pictureItems(picture: EditionPicture): PictureItem[] {
  return [
    ...picture.levels.map((l) => ({ key: `level:${l.nvoAgreement}`, label: `NvO-niveau afspraak ${nvoTitle(l.nvoAgreement)}` })),
    { key: 'adoptions', label: 'Vaststelling van de regiovisie' },
    ...picture.planElements.map((p) => ({ key: `plan:${p.element}`, label: `Planonderdeel ${planLabel(p.element)}` })),
    ...(picture.financialAgreement ? financialPictureItems(picture.financialAgreement) : []),
    ...picture.agreements.map((a) => ({ key: `agreement:${a.id}`, label: `Afspraak “${a.title}”` })),
    ...picture.indicators.map((i) => ({ key: `indicator:${i.key}`, label: `Indicator ${i.label}` })),
  ]
}

/** Whether `key` names an item of `picture`. */
export function isPictureItem(picture: EditionPicture, key: string): boolean {
  return pictureItems(picture).some((item) => item.key === key)
}

function nvoTitle(key: string): string {
  const agreement = NVO_AGREEMENTS.find((a) => a.key === key)
  return agreement ? `${agreement.number} (${agreement.title})` : key
}

function planLabel(key: string): string {
  return PLAN_ELEMENTS.find((p) => p.key === key)?.label ?? key
}

/** The building blocks an item of the picture belongs to (levels: regional cooperation). */
export function itemBuildingBlocks(picture: EditionPicture, itemKey: string): string[] {
  if (itemKey.startsWith('level:') || itemKey === 'adoptions' || itemKey.startsWith('plan:')) return ['regional_cooperation']
  if (itemKey.startsWith('agreement:')) return picture.agreements.find((a) => `agreement:${a.id}` === itemKey)?.buildingBlocks ?? []
  if (itemKey.startsWith('finance:')) return [...FINANCIAL_PICTURE_BLOCKS]
  if (itemKey.startsWith('indicator:')) return picture.indicators.find((i) => `indicator:${i.key}` === itemKey)?.buildingBlocks ?? []
  return []
}
