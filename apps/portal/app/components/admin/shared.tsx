// UI shared by the /beheer pages (not a route module).
import { ROLES, type RoleKey } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { Breadcrumb, CRUMBS } from '#app/components/ui/breadcrumb.tsx'
import { formatDateTime } from '#app/lib/format.ts'

/** Breadcrumbs from Beheer down to the current page (the last item is not a link). */
export function AdminBreadcrumb({ trail }: { trail: { to?: string; label: string }[] }) {
  return <Breadcrumb items={[CRUMBS.admin, ...trail]} />
}

/** A grant as the API gives it. */
export interface GrantView {
  role: string
  regionCode: string | null
  municipalityCode: string | null
  /** The municipality's name, so a grant reads "gemeente Kampen" rather than its code. */
  municipalityName?: string | null
}

function roleLabel(role: string): string {
  // The `in` check above makes role a RoleKey.
  return role in ROLES ? ROLES[role as RoleKey].label : role
}

/** "Regio-lezer – Regio Zwolle", "Gemeentelijk ondertekenaar – gemeente Kampen", "Beheerder". */
export function describeGrant(grant: GrantView, regionNames: ReadonlyMap<string, string>): string {
  if (grant.regionCode)
    return `${roleLabel(grant.role)} – ${regionNames.get(grant.regionCode) ?? grant.regionCode}`
  if (grant.municipalityCode) return `${roleLabel(grant.role)} – gemeente ${grant.municipalityName ?? grant.municipalityCode}`
  return roleLabel(grant.role)
}

/** A user's grants as one line per role, adviser regions joined. */
export function describeGrants(
  grants: readonly GrantView[],
  regionNames: ReadonlyMap<string, string>,
): string[] {
  const byRole = new Map<string, string[]>()
  for (const g of grants) {
    const scope = g.regionCode
      ? (regionNames.get(g.regionCode) ?? g.regionCode)
      : g.municipalityCode
        ? `gemeente ${g.municipalityName ?? g.municipalityCode}`
        : null
    const list = byRole.get(g.role) ?? []
    if (scope) list.push(scope)
    byRole.set(g.role, list)
  }
  return [...byRole].map(([role, scopes]) =>
    scopes.length ? `${roleLabel(role)} – ${scopes.join(', ')}` : roleLabel(role),
  )
}

/** The one-time link, shown once, with its expiry and how to pass it on. */
export function OneTimeLinkPanel({
  title,
  intro,
  url,
  expiresAt,
}: {
  title: string
  intro: ReactNode
  url: string
  expiresAt: string
}) {
  return (
    <section
      className="utrecht-alert utrecht-alert--ok bt-link-panel"
      role="status"
      aria-labelledby="eenmalige-link"
    >
      <Heading2 id="eenmalige-link">{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <div className="utrecht-form-field bt-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="eenmalige-link-adres">
            Eenmalige link
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <input
            id="eenmalige-link-adres"
            className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only bt-link-panel__url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      </div>
      <Paragraph>
        Geldig tot <strong>{formatDateTime(expiresAt)}</strong> (72 uur). De link werkt één keer.
      </Paragraph>
      <Paragraph>
        <strong>Geef de link persoonlijk door</strong>, bijvoorbeeld in een gesprek of via een
        afgeschermd kanaal, en niet in een gedeelde mailbox of groepschat. Wie de link heeft, kan
        het wachtwoord van dit account instellen. Deze link wordt hierna niet meer getoond; is hij
        kwijt, maak dan een nieuwe.
      </Paragraph>
    </section>
  )
}

/** The explanation above a stale edit's comparison on the /beheer pages. */
export function AdminConflictIntro({ message }: { message?: string }) {
  return (
    <Paragraph>
      {message ??
        'Iemand anders heeft deze gegevens intussen gewijzigd. Bekijk de huidige versie en sla uw wijziging opnieuw op.'}{' '}
      Uw invoer staat nog in het formulier. Er is niets overschreven: pas uw invoer zo nodig aan en sla opnieuw op, dan
      vervangt u de opgeslagen versie.
    </Paragraph>
  )
}

/** Dutch labels of the kinds of reference text. */
export const TEXT_KINDS: Record<string, { label: string; plural: string }> = {
  nvo_agreement: { label: 'NvO-afspraak', plural: 'Afspraken uit de Norm voor Opdrachtgeverschap' },
  nvo_theme: { label: 'NvO-thema', plural: "Thema's uit de Norm voor Opdrachtgeverschap" },
}

/** A string from submitted form values (action data), or undefined. */
export function submitted(
  values: Record<string, unknown> | undefined,
  ...path: string[]
): string | undefined {
  let value: unknown = values
  for (const part of path)
    value =
      typeof value === 'object' && value !== null
        // An object (checked on the line above): look its part up by name.
        ? (value as Record<string, unknown>)[part]
        : undefined
  return typeof value === 'string' ? value : undefined
}

/** A list of strings from submitted form values (a repeated field arrives as one string or several). */
export function submittedList(
  values: Record<string, unknown> | undefined,
  ...path: string[]
): string[] | undefined {
  let value: unknown = values
  for (const part of path)
    value =
      typeof value === 'object' && value !== null
        // An object (checked on the line above): look its part up by name.
        ? (value as Record<string, unknown>)[part]
        : undefined
  if (value === undefined) return undefined
  if (typeof value === 'string') return value === '' ? [] : [value]
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v !== '')
    : undefined
}
