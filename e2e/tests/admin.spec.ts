import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'

// Demo accounts (seeded with SEED_DEMO=1); every demo account has this password.
const DEMO_PASSWORD = 'welkom-bij-de-demo'
const ADMIN = 'beheerder@demo.example'
const REGION_VIEWER = 'lezer.zwolle@demo.example'

/** Log in through the real login form, checking the form page with axe on the way. */
async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/inloggen')
  await expectNoA11yViolations(page)
  await page.getByLabel('E-mailadres', { exact: true }).fill(email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).not.toHaveURL(/\/inloggen/)
}

/** Create a user through /beheer/gebruikers/nieuw; returns the one-time link shown once. */
async function createUser(
  page: Page,
  user: { name: string; email: string; role: string; region: string },
) {
  await page.goto('/beheer/gebruikers/nieuw')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruiker toevoegen')
  await expectNoA11yViolations(page)
  await page.getByLabel('Naam', { exact: true }).fill(user.name)
  await page.getByLabel('E-mailadres', { exact: true }).fill(user.email)
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: user.role })
  await page.getByRole('checkbox', { name: user.region, exact: true }).check()
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruiker aangemaakt')
  return page.getByLabel('Eenmalige link', { exact: true }).inputValue()
}

test.describe('an administrator', () => {
  // Journeys of eight to ten pages, each scanned with axe, with password hashing and full-country
  // indeling checks: more than the default 30 s on a busy two-core machine.
  test.slow()

  test('creates a region viewer who sets a password with the one-time link, which then stops working', async ({
    page,
  }) => {
    const name = 'Nina Nieuwkomer'
    const email = `nina.${Date.now()}@example.org`

    await logIn(page, ADMIN)
    await page.goto('/beheer')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beheer')
    await expectNoA11yViolations(page)
    await page.getByRole('link', { name: 'Gebruikers', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers')
    await expectNoA11yViolations(page)

    const link = await createUser(page, {
      name,
      email,
      role: 'Regio-lezer',
      region: 'Regio Zwolle',
    })
    // The full address on this site, shown once: never in the page's own address.
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wachtwoord-instellen\/[^/?#]+$/)
    const token = link.split('/').at(-1) ?? ''
    expect(page.url()).not.toContain(token)
    await expect(page.getByText('Geldig tot')).toContainText('72 uur')
    await expect(page.getByText('Geef de link persoonlijk door')).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByRole('link', { name: `Naar de gebruiker ${name}` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(page.getByText('Regio-lezer – Regio Zwolle')).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible()

    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord instellen')
    await expect(page.getByText(`Welkom, ${name}.`)).toBeVisible()
    await expectNoA11yViolations(page)
    const password = 'een lange zin als wachtwoord'
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password)
    await page.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await expect(page).toHaveURL(/\/inloggen\?wachtwoord=ingesteld$/)
    await expect(page.getByText('Uw wachtwoord is ingesteld.')).toBeVisible()

    await logIn(page, email, password)
    await expect(page.getByRole('banner')).toContainText(name)
    await expect(page.getByRole('banner')).toContainText('Regio-lezer')
    await expectNoA11yViolations(page)

    const reuse = await page.goto(link)
    expect(reuse?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')
    await expect(page.getByText('Deze link is ongeldig, al gebruikt of verlopen')).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('sees both versions after a stale edit, with what they typed still in the form', async ({
    page,
    context,
  }) => {
    const original = `Sam Gelijktijdig ${Date.now()}`
    await logIn(page, ADMIN)
    await createUser(page, {
      name: original,
      email: `sam.${Date.now()}@example.org`,
      role: 'Regio-redacteur',
      region: 'Regio Groningen',
    })
    await page.getByRole('link', { name: `Naar de gebruiker ${original}` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original)

    // The same form open twice (two tabs of one administrator, or two administrators).
    const second = await context.newPage()
    await second.goto(page.url())
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(original)

    await page.getByLabel('Naam', { exact: true }).fill('Sam Eerste')
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam Eerste')
    await expectNoA11yViolations(page)

    await second.getByLabel('Naam', { exact: true }).fill('Sam Tweede')
    await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    const conflict = second
      .getByRole('alert')
      .filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' })
    await expect(conflict).toBeVisible()
    await expect(conflict.getByRole('row', { name: /^Naam/ }).getByRole('cell')).toHaveText([
      'Sam Eerste',
      'Sam Tweede',
    ])
    await expect(second.getByLabel('Naam', { exact: true })).toHaveValue('Sam Tweede')
    await expectNoA11yViolations(second)

    // Having seen the saved version, the second administrator saves on purpose.
    await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(second.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible()
    await expect(second.getByRole('heading', { level: 1 })).toHaveText('Sam Tweede')
    await expectNoA11yViolations(second)
  })
})

test.describe('someone who is not an administrator', () => {
  test('gets "Geen toegang" on the admin pages when signed in with another role', async ({
    page,
  }) => {
    await logIn(page, REGION_VIEWER)
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }),
    ).toHaveCount(0)
    const response = await page.goto('/beheer/gebruikers')
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang')
    await expect(page.getByRole('table')).toHaveCount(0)
    await expectNoA11yViolations(page)
  })

  test('is sent to the login page when not signed in', async ({ page }) => {
    await page.goto('/beheer')
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen')
    await expectNoA11yViolations(page)
  })
})
