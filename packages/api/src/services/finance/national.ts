import { listPublishedFinancialAgreements, listRegionCodes, type DB, type Kysely } from '@bt/db'
import { MAIN_CHOICES, MATRIX_ROWS, readFinancialAgreement } from '@bt/domain'
import type { Context } from '../../context.ts'

// The national view of the regions' financial agreements (issue 21 item 7): per main choice and per
// matrix row how many regions chose each option, from published agreements only. Distributions,
// never averages. Anonymous visitors get the counts, withheld when fewer than three regions chose
// (docs/progress-measures.md: it would show one region's own choice); signed-in users also the
// regions behind each count.

/** Fewer regions with a choice than this: the distribution is withheld from anonymous visitors. */
export const MIN_REGIONS_FOR_PUBLIC = 3

interface Question {
  key: string
  label: string
  options: readonly { key: string; label: string }[]
}

export async function financialAgreementDistributions(db: Kysely<DB>, ctx: Pick<Context, 'actor'>) {
  const [rows, regions] = await Promise.all([listPublishedFinancialAgreements(db), listRegionCodes(db)])
  const signedIn = ctx.actor !== null
  const names = new Map(regions.map((r) => [r.code, { name: r.name, slug: r.slug }]))
  const agreements = rows.map((r) => ({ regionCode: r.regionCode, content: readFinancialAgreement(r.publishedContent) }))

  const distribution = (question: Question, chosen: (content: (typeof agreements)[number]['content']) => string | null) => {
    const picks = agreements.map((a) => ({ regionCode: a.regionCode, option: chosen(a.content) }))
    const withChoice = picks.filter((p) => p.option !== null)
    const withheld = !signedIn && withChoice.length < MIN_REGIONS_FOR_PUBLIC
    return {
      key: question.key,
      label: question.label,
      regionsWithChoice: withChoice.length,
      withheld,
      options: question.options.map((o) => {
        const regionsOf = withChoice.filter((p) => p.option === o.key)
        return {
          key: o.key,
          label: o.label,
          count: withheld ? null : regionsOf.length,
          regions: signedIn
            ? regionsOf.map((p) => ({ code: p.regionCode, name: names.get(p.regionCode)?.name ?? p.regionCode, slug: names.get(p.regionCode)?.slug ?? '' }))
            : null,
        }
      }),
    }
  }

  return {
    regionsTotal: regions.length,
    regionsPublished: agreements.length,
    minRegionsForPublic: MIN_REGIONS_FOR_PUBLIC,
    signedIn,
    mainChoices: MAIN_CHOICES.map((c) => distribution(c, (content) => content.choices.find((x) => x.choice === c.key)?.option ?? null)),
    matrixRows: MATRIX_ROWS.map((r) => distribution(r, (content) => content.matrix.find((x) => x.row === r.key)?.option ?? null)),
  }
}
