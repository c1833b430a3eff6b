// What changed in a region's picture since the previous edition (issue 14): levels up or down,
// agreements added, realised, delayed or overdue, indicator movements, financial choices and disputes, in words.

import { NVO_AGREEMENTS } from '../nvo.ts'
import { financialChoiceChanges } from './financial-part.ts'
import { itemBuildingBlocks, type EditionPicture } from './picture.ts'

export const CHANGE_KINDS = [
  'level_up',
  'level_down',
  'agreement_added',
  'agreement_realised',
  'agreement_delayed',
  'agreement_overdue',
  'indicator_moved',
  'financial_choice_changed',
  'disputed',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  level_up: 'Niveau omhoog',
  level_down: 'Niveau omlaag',
  agreement_added: 'Afspraak toegevoegd',
  agreement_realised: 'Afspraak gerealiseerd',
  agreement_delayed: 'Afspraak vertraagd',
  agreement_overdue: 'Afspraak over de datum',
  indicator_moved: 'Indicator veranderd',
  financial_choice_changed: 'Financiële keuze gewijzigd',
  disputed: 'Betwist door de regio',
}

/** One change of one item, with the sentence that says it and the building blocks it belongs to. */
export interface PictureChange {
  regionCode: string
  regionName: string
  kind: ChangeKind
  itemKey: string
  text: string
  from: string | null
  to: string | null
  buildingBlocks: string[]
}

export interface DisputeLike {
  itemKey: string
  itemLabel: string
  reason: string
}

/**
 * The version of the rules below. Frozen editions keep their changes as computed (ADR 044): raise it
 * whenever `comparePictures` says anything differently, and stored changes of older rules are computed
 * afresh on their first read. `stored-changes.test.ts` pins the output of this version.
 */
export const CHANGE_RULES_VERSION = 1

/** The changes from `previous` (null: the region's first edition) to `current`, plus its disputes. */
export function comparePictures(previous: EditionPicture | null, current: EditionPicture, disputes: readonly DisputeLike[] = []): PictureChange[] {
  const base = { regionCode: current.regionCode, regionName: current.regionName }
  const change = (kind: ChangeKind, itemKey: string, text: string, from: string | null, to: string | null): PictureChange => ({
    ...base,
    kind,
    itemKey,
    text,
    from,
    to,
    buildingBlocks: itemBuildingBlocks(current, itemKey),
  })
  const changes: PictureChange[] = []

  const before = new Map(previous?.levels.map((l) => [l.nvoAgreement, l.level]))
  for (const level of current.levels) {
    const old = before.get(level.nvoAgreement) ?? 0
    if (level.level === old) continue
    const agreement = NVO_AGREEMENTS.find((a) => a.key === level.nvoAgreement)
    const name = agreement ? `NvO-afspraak ${agreement.number} (${agreement.title})` : level.nvoAgreement
    const up = level.level > old
    changes.push(change(up ? 'level_up' : 'level_down', `level:${level.nvoAgreement}`, `${name} ging van niveau ${old} naar ${level.level}.`, String(old), String(level.level)))
  }

  const oldAgreements = new Map(previous?.agreements.map((a) => [a.id, a]))
  for (const agreement of current.agreements) {
    const key = `agreement:${agreement.id}`
    const old = oldAgreements.get(agreement.id)
    if (!old) {
      changes.push(change('agreement_added', key, `Afspraak “${agreement.title}” is toegevoegd.`, null, agreement.stage))
      continue
    }
    if (agreement.stage === 'gerealiseerd' && old.stage !== 'gerealiseerd') {
      changes.push(change('agreement_realised', key, `Afspraak “${agreement.title}” is gerealiseerd.`, old.stage, agreement.stage))
    }
    if (agreement.delayCount > old.delayCount) {
      changes.push(change('agreement_delayed', key, `Afspraak “${agreement.title}” is vertraagd naar ${agreement.dueDate ?? 'een nieuwe datum'}.`, old.dueDate, agreement.dueDate))
    }
    if (agreement.overdue && !old.overdue) {
      changes.push(change('agreement_overdue', key, `Afspraak “${agreement.title}” is over de datum (${agreement.dueDate ?? ''}).`, old.dueDate, agreement.dueDate))
    }
  }

  const oldIndicators = new Map(previous?.indicators.map((i) => [i.key, i]))
  for (const indicator of current.indicators) {
    const old = oldIndicators.get(indicator.key)
    if (!old || old.value === null || indicator.value === null || old.period === indicator.period || old.value === indicator.value) continue
    const direction = indicator.value > old.value ? 'steeg' : 'daalde'
    changes.push(
      change(
        'indicator_moved',
        `indicator:${indicator.key}`,
        `${indicator.label} ${direction} van ${formatNumber(old.value)} (${old.period}) naar ${formatNumber(indicator.value)} (${indicator.period}).`,
        String(old.value),
        String(indicator.value),
      ),
    )
  }

  // A previous picture taken before pictures held the financial agreement says nothing about it.
  const comparable = previous === null || previous.financialAgreement !== undefined
  if (current.financialAgreement && comparable) {
    for (const moved of financialChoiceChanges(previous?.financialAgreement, current.financialAgreement)) {
      changes.push(change('financial_choice_changed', moved.itemKey, moved.text, moved.from, moved.to))
    }
  }

  for (const dispute of disputes) {
    changes.push(change('disputed', dispute.itemKey, `De regio betwist ${dispute.itemLabel}: ${dispute.reason}`, null, null))
  }
  return changes
}

/** The picture a region's changes were measured against. */
export interface ChangeBaseline {
  regionName: string
  /** The frozen edition whose picture the region was compared with; null: its first picture. */
  edition: { key: string; label: string } | null
}

/**
 * What a change view is "since". For one region: the edition it was actually compared with (an older
 * one when it skipped the previous edition, null for its first picture). Nationally: the previous
 * edition, plus the regions compared with something else.
 */
export function sinceOf(previous: ChangeBaseline['edition'], baselines: readonly ChangeBaseline[], oneRegion: boolean) {
  if (oneRegion && baselines[0]) return { previous: baselines[0].edition, otherBaselines: [] }
  return { previous, otherBaselines: baselines.filter((b) => b.edition?.key !== previous?.key) }
}

// One formatter for the module: creating an Intl.NumberFormat costs ~40 µs, formatting with one ~1 µs.
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

function formatNumber(value: number): string {
  return NUMBER.format(value)
}
