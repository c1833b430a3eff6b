import { z } from 'zod'

/** Keys of the portal's roles (DESIGN.md, Roles). */
export const ROLE_KEYS = [
  'region_editor',
  'region_viewer',
  'municipality_signatory',
  'vng_adviser',
  'vng_analyst',
  'steering_member',
  'admin',
] as const

/** One of the portal's roles. */
export type RoleKey = (typeof ROLE_KEYS)[number]

/** What a role's grant is bound to: one region, one municipality, the adviser's regions, or the whole country. */
export const ROLE_SCOPES = ['region', 'municipality', 'assigned_regions', 'national'] as const

/** The scope of a role. */
export type RoleScope = (typeof ROLE_SCOPES)[number]

/** Dutch label per role scope. */
export const ROLE_SCOPE_LABELS: Record<RoleScope, string> = {
  region: 'Eén regio',
  municipality: 'Eén gemeente',
  assigned_regions: "Toegewezen regio's",
  national: 'Landelijk',
}

/** A role: Dutch label, scope and a Dutch one-line description of what it may do. */
export interface Role {
  label: string
  scope: RoleScope
  description: string
}

// The descriptions are UI text for /beheer; who may do what is enforced in api, not here.
/** Label, scope and description per role. */
export const ROLES: Record<RoleKey, Role> = {
  region_editor: {
    label: 'Regio-redacteur',
    scope: 'region',
    description:
      'Bewerkt de afspraken, het uitvoeringsplan, de financiële afspraak en de indicatorwaarden van de regio, bevestigt of betwist de editie en reageert.',
  },
  region_viewer: {
    label: 'Regio-lezer',
    scope: 'region',
    description: 'Leest alles van de regio, ook concepten, en reageert.',
  },
  municipality_signatory: {
    label: 'Gemeentelijk ondertekenaar',
    scope: 'municipality',
    description:
      'Legt vast dat de gemeenteraad de regiovisie en het uitvoeringsplan heeft vastgesteld.',
  },
  vng_adviser: {
    label: 'VNG-regioadviseur',
    scope: 'assigned_regions',
    description:
      "Beoordeelt de edities van de toegewezen regio's (goedkeuren of terugsturen met opmerkingen) en bepaalt met de regio de NvO-niveaus.",
  },
  vng_analyst: {
    label: 'VNG-analist',
    scope: 'national',
    description:
      'Leest alles wat gepubliceerd is en beheert de status van de bouwstenen, de indicatorcatalogus, imports en edities.',
  },
  steering_member: {
    label: 'Lid stuurgroep',
    scope: 'national',
    description: 'Leest alles wat gepubliceerd is en volgt knelpunten, vergaderingen en besluiten.',
  },
  admin: {
    label: 'Beheerder',
    scope: 'national',
    description: 'Beheert gebruikers, rollen, referentiegegevens en de regio-indeling.',
  },
}

/** Validates a role key; the message is Dutch. */
export const RoleKeySchema = z.enum(ROLE_KEYS, { error: 'Kies een bestaande rol.' })
