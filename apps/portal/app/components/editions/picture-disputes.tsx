import { Heading2 } from '@utrecht/component-library-react'

/** The items a region disputed, each with its reason: they stay visible beside the picture. */
export function PictureDisputes({ disputes }: { disputes: readonly { id: number; itemLabel: string; reason: string; authorLabel: string }[] }) {
  if (disputes.length === 0) return null
  return (
    <section aria-labelledby="betwist" className="bt-section bt-disputes">
      <Heading2 id="betwist">Betwist door de regio</Heading2>
      <ul>
        {disputes.map((d) => (
          <li key={d.id}>
            <strong>{d.itemLabel}</strong>: {d.reason} <span className="bt-muted">({d.authorLabel})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
