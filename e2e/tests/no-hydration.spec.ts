import { expect, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'
import { expectPlainHtml } from '../fixtures/plain-html.ts'

// Issue 20: pages with nothing interactive are served as plain HTML (routes with
// `handle = NO_HYDRATION`, ADR 042): no script tag and no modulepreload link at all, and the page
// still shows its content and passes axe. A page that needs JavaScript still gets its scripts. Pages
// whose only forms are GET filter forms: no-hydration-filters.spec.ts.

test('public pages without anything interactive ship no JavaScript', async ({ page }) => {
  await expectPlainHtml(page, '/toegankelijkheid', 'Toegankelijkheid')
  await expectPlainHtml(page, '/privacy', 'Privacy')
  await expectPlainHtml(page, '/open-data', 'Open data')
  await expectPlainHtml(page, '/open-data/api', 'Open data API')
  await expectPlainHtml(page, '/indicatoren', 'Indicatoren')
  const missing = await page.goto('/onbekend/pad')
  expect(missing?.status()).toBe(404)
  expect(((await missing?.text()) ?? '').match(/<script\b/g) ?? []).toEqual([])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')

  // A page with a chart is still hydrated, and a link from a plain page leads to it as a plain link.
  const home = await page.goto('/')
  expect((await home?.text())?.match(/<script\b/g)?.length ?? 0).toBeGreaterThan(0)
  await page.waitForFunction(() => '__reactRouterRouteModules' in window)
})

test('signed-in read-only pages ship no JavaScript, and the header still signs out', async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await expectPlainHtml(page, '/account', 'Mijn account')
  await expectPlainHtml(page, '/beheer', 'Beheer')
  await expectPlainHtml(page, '/beheer/gebruikers', 'Gebruikers')
  await expectPlainHtml(page, '/beheer/gemeenten', 'Gemeenten')
  await expectPlainHtml(page, '/beheer/teksten', 'Teksten van de Norm voor Opdrachtgeverschap')
  await expectPlainHtml(page, '/beheer/uitgaande-mail', 'Uitgaande mail')
  // A link on a plain page is a plain link; its target (a form) is hydrated again.
  await page.goto('/beheer/gebruikers')
  await page.locator('a[href="/beheer/gebruikers/nieuw"]').click()
  await expect(page).toHaveURL(/\/beheer\/gebruikers\/nieuw$/)
  await page.waitForFunction(() => '__reactRouterRouteModules' in window)
  // The header's sign-out form posts without JavaScript too.
  await page.goto('/beheer')
  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible()
})

test('the decisions list and a signal page ship no JavaScript', async ({ page }) => {
  await loginAs(page, DEMO.steering_member)
  await expectPlainHtml(page, '/stuurgroep/besluiten', 'Besluitenlijst')
  await page.goto('/stuurgroep/signalen')
  const href = await page.locator('a[href^="/stuurgroep/signalen/"]').first().getAttribute('href')
  expect(href).toBeTruthy()
  await expectPlainHtml(page, href ?? '', /./)
})
