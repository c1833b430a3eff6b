import { Heading3 } from '@utrecht/component-library-react'
import { AttachmentList } from '#app/components/attachments.tsx'
import { formatDateTime, formatIsoDate } from '#app/lib/format.ts'
import type { VisionVersion } from './types.ts'

/** One version of the regiovisie: its facts, its text (folded) and its attachments. */
export function VersionArticle({ version, isCurrent }: { version: VisionVersion; isCurrent: boolean }) {
  return (
    <article aria-labelledby={`versie-${version.number}`} className="bt-vision-version">
      <Heading3 id={`versie-${version.number}`}>
        Versie {version.number}: {version.title}
        {isCurrent ? <span className="bt-badge">huidige versie</span> : null}
      </Heading3>
      <dl className="bt-facts">
        <div>
          <dt>Datum van het document</dt>
          <dd className="bt-plan-fact">{formatIsoDate(version.documentDate)}</dd>
        </div>
        <div>
          <dt>Toegevoegd</dt>
          <dd className="bt-plan-fact">
            {formatDateTime(version.createdAt)} door {version.createdByLabel}
          </dd>
        </div>
      </dl>
      {version.html ? (
        <details className="bt-details">
          <summary>Tekst van versie {version.number}</summary>
          {/* Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup. */}
          <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: version.html }} />
        </details>
      ) : null}
      <p className="utrecht-paragraph bt-attachments__title">
        <strong>Bijlagen bij versie {version.number}</strong>
      </p>
      <AttachmentList attachments={version.attachments} empty="Geen bijlagen." />
    </article>
  )
}
