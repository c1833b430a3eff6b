import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs, logout } from '../fixtures/login.ts'
import { expectNoScripts, expectPlainHtml } from '../fixtures/plain-html.ts'

// Issue 20, ADR 047: read-only pages whose only forms are GET filter forms are served without
// JavaScript. Each filter still applies as a plain HTML form (its submit button), the page it leads to
// is plain HTML again, and its links still lead on. The print pages keep one small plain script for
// their print button.

test('the region page: its table filters and map date picker work as plain forms', async ({ page }) => {
  test.slow() // axe scans of a page with some 700 links
  await loginAs(page, DEMO.vng_analyst)
  await expectPlainHtml(page, '/regio', "Regio's")
  await page.getByLabel('Provincie').selectOption('Overijssel')
  await page.getByRole('button', { name: 'Toepassen' }).click()
  await expect(page).toHaveURL(/provincie=Overijssel/)
  const table = page.getByRole('table', { name: /Regio's naast elkaar/ })
  for (const province of await table.getByRole('row').locator('td:nth-child(2)').allInnerTexts()) expect(province).toBe('Overijssel')
  await expectNoScripts(page)
  // The map's date picker keeps the table's filter.
  await page.getByRole('button', { name: 'Tonen' }).click()
  await expect(page).toHaveURL(/provincie=Overijssel.*kaartper=/)
  await expect(table.getByRole('row').locator('td:nth-child(2)').first()).toHaveText('Overijssel')
  await expectNoA11yViolations(page)
  await page.getByRole('group', { name: /Kaart van de regio's/ }).getByRole('link', { name: /^Regio Zwolle:/ }).click()
  await expect(page).toHaveURL(/\/regio\/zwolle$/)
})

test('search works as a plain form, nationally and within a region', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await expectPlainHtml(page, '/zoeken', 'Zoeken in afspraken')
  await page.getByLabel('Zoekterm').fill('uitstroom')
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await expect(page).toHaveURL(/\/zoeken\?q=uitstroom/)
  const results = page.getByRole('region', { name: 'Resultaten' })
  await expect(results.locator('mark').first()).toBeVisible()
  await expectNoScripts(page)
  await expectPlainHtml(page, '/regio/zwolle/zoeken?q=beschermd', 'Zoeken in de afspraken van Regio Zwolle')
  await expect(results.getByRole('status')).toContainText('ook in concepten')
  // A hit's title opens the agreement (a hydrated page with forms).
  await results.getByRole('listitem').first().getByRole('heading', { level: 3 }).getByRole('link').click()
  await expect(page).toHaveURL(/\/regio\/zwolle\/afspraken\/\d+$/)
  await page.waitForFunction(() => '__reactRouterRouteModules' in window)
})

test("the region's logbook and the admin log filter as plain forms", async ({ page }) => {
  await loginAs(page, DEMO.admin)
  await expectPlainHtml(page, '/beheer/logboek', 'Logboek')
  await page.getByLabel('Soort gegevens').selectOption({ label: 'Afspraak' })
  await page.getByRole('button', { name: 'Toepassen' }).click()
  await expect(page).toHaveURL(/soort=agreement/)
  // The filtered page keeps the choice (whether the log has agreement changes depends on other specs).
  await expect(page.getByLabel('Soort gegevens')).toHaveValue('agreement')
  await expectNoScripts(page)
  await expect(page.getByRole('link', { name: 'Alle filters wissen' })).toHaveAttribute('href', '/beheer/logboek')
  await logout(page)

  // The region's logbook is for the region itself.
  await loginAs(page, DEMO.region_viewer)
  await expectPlainHtml(page, '/regio/zwolle/logboek', 'Logboek Regio Zwolle')
  await page.getByLabel('Vanaf').fill('2026-01-01')
  await page.getByRole('button', { name: 'Toepassen' }).click()
  await expect(page).toHaveURL(/van=2026-01-01/)
  await expect(page.getByLabel('Vanaf')).toHaveValue('2026-01-01')
  await expectNoScripts(page)
})

test("the steering desk and the bottleneck register filter as plain forms", async ({ page }) => {
  await loginAs(page, DEMO.steering_member)
  await expectPlainHtml(page, '/stuurgroep', 'Stuurgroep')
  await page.getByRole('textbox', { name: 'Wat veranderde sinds' }).fill('2026-01-01')
  await page.getByRole('button', { name: 'Toon' }).click()
  await expect(page).toHaveURL(/sinds=2026-01-01/)
  await expect(page.getByRole('textbox', { name: 'Wat veranderde sinds' })).toHaveValue('2026-01-01')
  await expectNoScripts(page)

  await expectPlainHtml(page, '/stuurgroep/knelpunten', 'Knelpuntenregister')
  await page.getByLabel('Regio').selectOption({ label: 'Regio Zwolle' })
  await page.getByRole('button', { name: 'Toepassen' }).click()
  await expect(page).toHaveURL(/regio=GM0193/)
  await expect(page.getByLabel('Regio')).toHaveValue('GM0193')
  await expect(page.getByRole('link', { name: 'Alle filters wissen' })).toBeVisible()
  await expectNoScripts(page)
})

test('the region page is plain HTML; its agreements have a page of their own, and old list links lead there', async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  await expectPlainHtml(page, '/regio/zwolle', 'Regio Zwolle')
  // A cell of the coverage matrix leads to the filtered list: a hydrated page (its bulk forms).
  await page.locator('table.bt-matrix a[href*="/afspraken?"]').first().click()
  await expect(page).toHaveURL(/\/regio\/zwolle\/afspraken\?/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afspraken van Regio Zwolle')
  await page.waitForFunction(() => '__reactRouterRouteModules' in window)
  await expect(page.getByRole('link', { name: 'Alle filters wissen' })).toHaveAttribute('href', '/regio/zwolle/afspraken')
  // An address from when the list was on the region page keeps its filter.
  await page.goto('/regio/zwolle?thema=housing&stadium=vastgesteld#afspraken')
  await expect(page).toHaveURL(/\/regio\/zwolle\/afspraken\?stadium=vastgesteld&thema=housing/)
  await expect(page.getByLabel('Thema')).toHaveValue('housing')
  // The region page's own link to the list, and its edition picker (a plain GET form) stays on the page.
  await page.goto('/regio/zwolle')
  await page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Afspraken', exact: true }).click()
  await expect(page).toHaveURL(/\/regio\/zwolle\/afspraken$/)
  // The list is for signed-in people: signed out, it asks to log in and comes back.
  await logout(page)
  await page.goto('/regio/zwolle/afspraken?thema=housing')
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fregio%2Fzwolle%2Fafspraken%3Fthema%3Dhousing$/)
  await expectPlainHtml(page, '/regio/zwolle', 'Regio Zwolle')
})

test("an agreement's revisions compare as a plain form", async ({ page }) => {
  await loginAs(page, DEMO.region_editor)
  // A demo agreement with a later draft change has two revisions: its versions page has the compare form.
  await page.goto('/regio/zwolle/afspraken')
  const agreements = await page.locator('a[href^="/regio/zwolle/afspraken/"]').evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute('href') ?? ''))].filter((href) => /\/afspraken\/\d+$/.test(href)),
  )
  let versions = ''
  for (const href of agreements) {
    if ((await (await page.request.get(`${href}/versies`)).text()).includes('name="van"')) {
      versions = `${href}/versies`
      break
    }
  }
  expect(versions, 'a demo agreement of Zwolle with two revisions').not.toBe('')
  await expectPlainHtml(page, versions, 'Wat is er veranderd?')
  await page.getByLabel('Van versie').selectOption('2')
  await page.getByLabel('Naar versie').selectOption('1')
  await page.getByRole('button', { name: 'Vergelijken' }).click()
  await expect(page).toHaveURL(/\/versies\?van=2&naar=1$/)
  await expect(page.getByLabel('Van versie')).toHaveValue('2')
  await expectNoScripts(page)
})

/** A print page: no React, only the print button's own small script; the button opens the print dialog. */
async function expectPrintPage(page: Page, path: string, heading: RegExp) {
  const response = await page.goto(path)
  const html = (await response?.text()) ?? ''
  expect(html.match(/<script\b[^>]*>/g) ?? [], path).toEqual([expect.stringContaining('src="/print-button.js"')])
  expect(html, path).not.toContain('modulepreload')
  expect(html, path).not.toContain('type="module"')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  expect(await page.evaluate(() => '__reactRouterContext' in window), path).toBe(false)
  await expectNoA11yViolations(page)
  await page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'ja')
}

test('the print pages load only the print button script, and the button prints', async ({ page }) => {
  // The print dialog itself cannot be seen by the test: window.print marks the page instead.
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', 'ja')
  })
  await loginAs(page, DEMO.steering_member)
  await page.goto('/stuurgroep/vergaderingen')
  const meeting = await page.locator('main a[href^="/stuurgroep/vergaderingen/"]').first().getAttribute('href')
  expect(meeting).toMatch(/^\/stuurgroep\/vergaderingen\/\d+$/)
  await expectPrintPage(page, `${meeting}/agenda`, /^Agenda /)
  await expectPrintPage(page, `${meeting}/notulen`, /^Notulen /)
  await expectPrintPage(page, '/regio/zwolle/uitvoeringsplan', /^Uitvoeringsplan Regio Zwolle$/)
})
