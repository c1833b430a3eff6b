import { AGREEMENT_STAGES, CONDITIONS, NVO_AGREEMENTS, NVO_THEMES, type AgreementFilter } from '@bt/domain'
import { Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { Form, Link } from 'react-router'
import { formatIsoDate } from '#app/lib/format.ts'
import { agreementListHref, FILTER_PARAMS, isFiltered } from './filters.ts'
import { conditionLabel, stageLabel } from './labels.ts'
import { FilterActions, SelectFilter } from '#app/components/ui/select-filter.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { AgreementListPage } from '#app/server/region-page-data.server.ts'
import type { RegionMember } from './types.ts'

type AgreementListItem = AgreementListPage['agreements'][number]

const PLANNING_LABELS: Record<AgreementListItem['planningStatus'], string> = {
  overdue: 'over tijd',
  due_soon: 'binnen 90 dagen',
  on_schedule: 'op schema',
  undated: 'nog geen datum',
  closed: 'afgesloten',
}

const conditionNumber = (key: string) => CONDITIONS.find((c) => c.key === key)?.number ?? key

function publicationLabel(a: AgreementListItem): string {
  if (!a.isPublished) return 'Niet gepubliceerd'
  return a.hasUnpublishedChanges ? 'Gepubliceerd; latere wijzigingen niet' : 'Gepubliceerd'
}

/**
 * The region's agreements with filters (a GET form, so it works without JavaScript and the URL can
 * be shared), below the page's actions (new, import, download, bulk forms).
 */
export function AgreementList({
  slug,
  overview,
  filter,
  members,
  actions,
  selectForm,
}: {
  slug: string
  overview: Pick<AgreementListPage, 'agreements' | 'partners' | 'total' | 'view'>
  filter: AgreementFilter
  members: readonly RegionMember[]
  actions?: ReactNode
  /** The id of a form (the bulk stage form) that a checkbox per agreement joins; none without it. */
  selectForm?: string
}) {
  const { agreements, partners, total, view } = overview
  const filtered = isFiltered(filter)
  return (
    <>
      {actions}
      <Form method="get" preventScrollReset className="bt-filters" key={JSON.stringify(filter)} aria-label="Afspraken filteren">
        <SelectFilter
          id="filter-stage"
          name={FILTER_PARAMS.stage}
          label="Stadium"
          value={filter.stage}
          options={AGREEMENT_STAGES.map((s) => ({ value: s, label: stageLabel(s) }))}
        />
        <SelectFilter id="filter-theme" name={FILTER_PARAMS.theme} label="Thema" value={filter.theme} options={NVO_THEMES.map((t) => ({ value: t.key, label: t.label }))} />
        <SelectFilter
          id="filter-condition"
          name={FILTER_PARAMS.condition}
          label="Conditie"
          value={filter.condition}
          options={CONDITIONS.map((c) => ({ value: c.key, label: conditionLabel(c.key) }))}
        />
        <SelectFilter
          id="filter-nvoAgreement"
          name={FILTER_PARAMS.nvoAgreement}
          label="NvO-afspraak"
          value={filter.nvoAgreement}
          options={NVO_AGREEMENTS.map((n) => ({ value: n.key, label: `${n.number}. ${n.title}` }))}
        />
        <SelectFilter id="filter-partner" name={FILTER_PARAMS.partner} label="Partner" value={filter.partner} options={partners.map((p) => ({ value: p, label: p }))} />
        <SelectFilter
          id="filter-municipality"
          name={FILTER_PARAMS.municipality}
          label="Gemeente"
          value={filter.municipality}
          options={members.map((m) => ({ value: m.code, label: m.name }))}
        />
        <FilterActions label="Filteren">
          {filtered ? (
            <Link to={agreementListHref(slug, {})} preventScrollReset>
              Alle filters wissen
            </Link>
          ) : null}
        </FilterActions>
      </Form>
      <Paragraph role="status">
        {filtered ? `${agreements.length} van de ${total} afspraken voldoen aan de filters.` : `${total} afspraken.`}
        {view === 'published' ? ' U ziet alleen gepubliceerde afspraken.' : ''}
      </Paragraph>
      {agreements.length > 0 ? (
        <TableScroll label="Afspraken van de regio">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">{filtered ? 'Gefilterde afspraken' : 'Alle afspraken'} van de regio</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {selectForm ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    <span className="bt-visually-hidden">Kiezen</span>
                  </th>
                ) : null}
                <th scope="col" className="utrecht-table__header-cell">Afspraak</th>
                <th scope="col" className="utrecht-table__header-cell">Stadium</th>
                <th scope="col" className="utrecht-table__header-cell">Streefdatum</th>
                <th scope="col" className="utrecht-table__header-cell">Condities</th>
                {view === 'draft' ? (
                  <th scope="col" className="utrecht-table__header-cell">Publicatie</th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {agreements.map((a) => (
                <tr key={a.id} className="utrecht-table__row">
                  {selectForm ? (
                    <td className="utrecht-table__cell">
                      <input
                        type="checkbox"
                        name="ids"
                        value={a.id}
                        form={selectForm}
                        id={`kies-${a.id}`}
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                        aria-label={`Kies ${a.title}`}
                      />
                      {/* the version this list shows: bulk publish refuses an agreement changed since */}
                      <input type="hidden" name={`versie.${a.id}`} value={a.version} form={selectForm} />
                    </td>
                  ) : null}
                  <th scope="row" className="utrecht-table__header-cell bt-cell-text">
                    <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link>
                  </th>
                  <td className="utrecht-table__cell">{stageLabel(a.stage)}</td>
                  <td className="utrecht-table__cell">
                    {a.dueDate ? formatIsoDate(a.dueDate) : '–'}
                    <span className="bt-list-note">
                      {PLANNING_LABELS[a.planningStatus]}
                      {a.delayed ? ', vertraagd' : ''}
                    </span>
                  </td>
                  <td className="utrecht-table__cell">
                    <span aria-hidden="true">{a.conditions.map((c) => conditionNumber(c)).join(', ')}</span>
                    <span className="bt-visually-hidden">{a.conditions.map((c) => conditionLabel(c)).join('; ')}</span>
                  </td>
                  {view === 'draft' ? <td className="utrecht-table__cell">{publicationLabel(a)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <Paragraph>{filtered ? 'Geen afspraken met deze filters.' : 'Deze regio heeft nog geen afspraken.'}</Paragraph>
      )}
    </>
  )
}
