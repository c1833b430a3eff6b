import type { EditionPicture } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { formatDateTime } from '#app/lib/format.ts'
import { EditionAsOfNotice } from './edition-picker.tsx'
import { PictureDisputes } from './picture-disputes.tsx'
import { PictureTables } from './picture-tables.tsx'

/** What the region page needs of `edition.picture` to show the region as of a frozen edition. */
export interface RegionEditionData {
  edition: { key: string; label: string; state: string }
  region: { slug: string; name: string }
  stateLabel: string
  picture: EditionPicture | null
  pictureTakenAt: Date | string | null
  disputes: readonly { id: number; itemLabel: string; reason: string; authorLabel: string }[]
}

/**
 * A region page as of a frozen edition: the picture the region confirmed (levels, adoptions, plan,
 * agreements, indicators) with its disputes, in place of today's records. `missing` explains why
 * there is nothing to show (the region did not take part, or the edition is not frozen).
 */
export function RegionEditionView({ data, missing, livePath }: { data: RegionEditionData | null; missing: string | null; livePath: string }) {
  if (!data) {
    return (
      <section aria-labelledby="editie-beeld" className="bt-section">
        <Heading2 id="editie-beeld">Beeld volgens de gekozen editie</Heading2>
        <Paragraph>{missing ?? 'Dit beeld is niet beschikbaar.'}</Paragraph>
        <Paragraph>
          <Link to={livePath}>Naar de actuele stand</Link>
        </Paragraph>
      </section>
    )
  }
  const { edition, region } = data
  return (
    <>
      <EditionAsOfNotice edition={edition} livePath={livePath} />
      <section aria-labelledby="editie-beeld" className="bt-section">
        <Heading2 id="editie-beeld">Beeld volgens {edition.label}</Heading2>
        <Paragraph>
          Stand in de editie: {data.stateLabel}.{data.pictureTakenAt ? ` Beeld vastgelegd op ${formatDateTime(data.pictureTakenAt)}.` : ''}{' '}
          <Link to={`/edities/${edition.key}/${region.slug}`}>Het beeld met de opmerkingen en de geschiedenis</Link>
        </Paragraph>
        {data.picture ? <PictureTables picture={data.picture} /> : <Paragraph>{region.name} diende in deze editie geen beeld in.</Paragraph>}
      </section>
      <PictureDisputes disputes={data.disputes} />
    </>
  )
}
