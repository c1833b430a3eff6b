import type { RoleKey } from '@bt/domain'

/** The one password of every demo account (README). Demo data exists only with SEED_DEMO=1. */
export const DEMO_PASSWORD = 'welkom-bij-de-demo'

interface DemoAccount {
  email: string
  name: string
  grants: { role: RoleKey; regionCode?: string; municipalityCode?: string }[]
}

// Regio Zwolle (GM0193) is the demo region; Regio Groningen (GM0014) is "another region".
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'beheerder@demo.example', name: 'Bea Beheer', grants: [{ role: 'admin' }] },
  { email: 'analist@demo.example', name: 'Ali Analist', grants: [{ role: 'vng_analyst' }] },
  { email: 'stuurgroep@demo.example', name: 'Stijn Stuurgroep', grants: [{ role: 'steering_member' }] },
  {
    email: 'adviseur@demo.example',
    name: 'Ada Adviseur',
    grants: [
      { role: 'vng_adviser', regionCode: 'GM0193' },
      { role: 'vng_adviser', regionCode: 'GM0014' },
    ],
  },
  { email: 'redacteur.zwolle@demo.example', name: 'Rik Redacteur', grants: [{ role: 'region_editor', regionCode: 'GM0193' }] },
  { email: 'redacteur2.zwolle@demo.example', name: 'Roos Redacteur', grants: [{ role: 'region_editor', regionCode: 'GM0193' }] },
  { email: 'lezer.zwolle@demo.example', name: 'Lotte Lezer', grants: [{ role: 'region_viewer', regionCode: 'GM0193' }] },
  {
    email: 'ondertekenaar.kampen@demo.example',
    name: 'Otto Ondertekenaar',
    grants: [{ role: 'municipality_signatory', municipalityCode: 'GM0166' }],
  },
  {
    email: 'redacteur.groningen@demo.example',
    name: 'Greet Redacteur',
    grants: [{ role: 'region_editor', regionCode: 'GM0014' }],
  },
]
