import { Link } from 'react-router'

/**
 * What a region's own people can do with its agreements, as plain links (no JavaScript needed):
 * editors add or import agreements; the region (it sees its drafts) downloads them as a spreadsheet.
 */
export function AgreementActions({ slug, canEdit, ownRegion }: { slug: string; canEdit: boolean; ownRegion: boolean }) {
  return (
    <>
      {canEdit ? (
        <p className="utrecht-paragraph bt-actions">
          <Link to={`/regio/${slug}/afspraken/nieuw`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            Nieuwe afspraak
          </Link>{' '}
          <Link to={`/regio/${slug}/afspraken/importeren`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            Afspraken importeren
          </Link>
        </p>
      ) : null}
      {ownRegion ? (
        <p className="utrecht-paragraph">
          Downloaden als spreadsheet:{' '}
          <a href={`/regio/${slug}/afspraken/export.xlsx`} download>
            Excel (.xlsx)
          </a>{' '}
          of{' '}
          <a href={`/regio/${slug}/afspraken/export.csv`} download>
            CSV
          </a>
        </p>
      ) : null}
    </>
  )
}
