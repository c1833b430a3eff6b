import { readFile, writeFile } from 'node:fs/promises'
import type { Browser, Locator, Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'
import { paginate, pdfPageCount, PRINTABLE } from '../fixtures/print.ts'

// The regional plan of Regio Zwolle (the demo region): the regiovisie with its council adoptions and
// documents, the six plan elements, the national search and the print-ready uitvoeringsplan. The
// steps build on each other (a version, then adoptions, then a newer version), so they run in order,
// and stay in one file over 300 lines: a serial journey cannot be split across spec files.
test.describe.configure({ mode: 'serial' })

/** Unique per run: the e2e server is shared by every spec file of the run. */
const RUN = Date.now().toString(36)
const VERSION_A = `Regiovisie Zwolle ${RUN} – eerste versie`
const VERSION_B = `Regiovisie Zwolle ${RUN} – herziene versie`
const REGIOVISIE = '/regio/zwolle/regiovisie'
const KAMPEN_DECISION = `https://kampen.example/raadsbesluiten/regiovisie-${RUN}`
const DALFSEN_DECISION = `https://dalfsen.example/raad/besluit-${RUN}`

/** A small but real pdf (the API recognises it by its first bytes). */
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% regiovisie ${RUN}\ntrailer << /Root 1 0 R >>\n%%EOF\n`)
/** The signature and header chunk of a PNG image. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
/** One byte over the 10 MB limit, starting like a pdf. */
const OVERSIZED = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)])
const PDF_NAME = `regiovisie Zwolle – bijlage ${RUN}.pdf`

function councilRow(page: Page, municipality: string) {
  return page.getByRole('table', { name: 'Vaststelling van de regiovisie per gemeente' }).getByRole('row').filter({
    has: page.getByRole('rowheader', { name: municipality, exact: true }),
  })
}

async function addVersion(page: Page, title: string, documentDate: string) {
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Datum van het document').fill(documentDate)
  await page.getByLabel('Tekst (niet verplicht)').fill('De regio kiest voor **beschermd thuis**: wonen in de wijk met begeleiding.')
  await page.getByRole('button', { name: 'Versie toevoegen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'De nieuwe versie van de regiovisie is toegevoegd.' })).toBeVisible()
  const heading = page.getByRole('heading', { level: 3, name: title })
  await expect(heading).toContainText('huidige versie')
  return Number(/Versie (\d+):/.exec((await heading.textContent()) ?? '')?.[1])
}

async function recordAdoption(page: Page, municipality: string, decisionDate: string, decisionUrl: string) {
  await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: municipality })
  await page.getByLabel('Datum van het raadsbesluit').fill(decisionDate)
  await page.getByLabel('Link naar het raadsbesluit').fill(decisionUrl)
  await page.getByRole('button', { name: 'Vaststelling vastleggen' }).click()
}

/** Record an adoption that must succeed: the notice shows and the form starts empty again. */
async function recordAdoptionOk(page: Page, municipality: string, decisionDate: string, decisionUrl: string) {
  await recordAdoption(page, municipality, decisionDate, decisionUrl)
  await expect(page.getByRole('status').filter({ hasText: 'De vaststelling is vastgelegd.' })).toBeVisible()
  await expect(page.getByLabel('Link naar het raadsbesluit')).toHaveValue('')
  await expect(councilRow(page, municipality)).toContainText('vastgesteld op')
}

/**
 * axe needs JavaScript in the page: scan what a browser without JavaScript got (scripts removed) in a
 * context that has it, served at an address of the portal so the stylesheets load.
 */
async function expectNoA11yViolationsWithoutJs(browser: Browser, plain: Page): Promise<void> {
  const html = (await plain.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link rel="modulepreload"[^>]*>/gi, '')
  const context = await browser.newContext()
  try {
    const checker = await context.newPage()
    await checker.route('**/axe-zonder-javascript', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
    await checker.goto('/axe-zonder-javascript')
    await expectNoA11yViolations(checker)
  } finally {
    await context.close()
  }
}

/** Open a plan element's edit form (a <details>) unless it is open already. */
async function openElementForm(section: Locator, number: number) {
  if (!(await section.getByLabel('Tekst').isVisible())) await section.getByText(`Onderdeel ${number} bewerken`).click()
  await expect(section.getByLabel('Tekst')).toBeVisible()
}

test.describe('the regional plan of Regio Zwolle', () => {
  let versionA = 0
  let versionB = 0

  test('a region editor adds a regiovisie version and records two council adoptions', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto(REGIOVISIE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regiovisie Regio Zwolle')
    await expectNoA11yViolations(page)

    versionA = await addVersion(page, VERSION_A, '2026-03-02')
    expect(versionA).toBeGreaterThan(0)
    await expect(page.locator('.bt-plan-progress')).toHaveText(
      new RegExp(`^0 van \\d+ gemeenteraden hebben de huidige versie \\(versie ${versionA}\\) vastgesteld\\.$`),
    )
    await expectNoA11yViolations(page)

    // The browser checks the link before anything is sent.
    await recordAdoption(page, 'Kampen', '2026-04-09', 'ftp://kampen.example/besluit')
    await expect(page.getByText('Vul een geldige link in die begint met https://.')).toBeVisible()

    await recordAdoptionOk(page, 'Kampen', '2026-04-09', KAMPEN_DECISION)
    await recordAdoptionOk(page, 'Dalfsen', '2026-04-16', DALFSEN_DECISION)

    await expect(page.locator('.bt-plan-progress')).toHaveText(
      new RegExp(`^2 van \\d+ gemeenteraden hebben de huidige versie \\(versie ${versionA}\\) vastgesteld\\.$`),
    )
    const kampen = councilRow(page, 'Kampen')
    await expect(kampen).toContainText('Vastgesteld')
    await expect(kampen).toContainText(`Versie ${versionA}, vastgesteld op 9 april 2026`)
    await expect(kampen).toContainText('nog niet bevestigd')
    // Other journeys may have recorded Kampen's adoption of an earlier version: take this version's link.
    const decision = kampen.getByRole('link', {
      name: `Raadsbesluit van Kampen over versie ${versionA} (externe website)`,
    })
    await expect(decision).toHaveAttribute('href', KAMPEN_DECISION)
    await expect(decision).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(councilRow(page, 'Dalfsen')).toContainText(`Versie ${versionA}, vastgesteld op 16 april 2026`)
    await expect(councilRow(page, 'Ommen')).toContainText('Nog geen vaststelling')

    // The same council adopting the same version twice is refused, with the input kept.
    await recordAdoption(page, 'Kampen', '2026-04-10', KAMPEN_DECISION)
    await expect(page.getByText('Deze gemeente heeft deze versie al vastgesteld.')).toBeVisible()
    await expect(page.getByLabel('Datum van het raadsbesluit')).toHaveValue('2026-04-10')
    await expectNoA11yViolations(page)
  })

  test("the signatory of Kampen confirms their council's adoption, and only theirs", async ({ page }) => {
    await loginAs(page, DEMO.municipality_signatory)
    await page.goto(REGIOVISIE)
    await expectNoA11yViolations(page)
    // A signatory is no region editor: no form to add versions; the adoption form is for Kampen only.
    await expect(page.getByRole('button', { name: 'Versie toevoegen' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Vaststelling vastleggen' })).toHaveCount(1)
    await expect(page.getByLabel('Gemeente', { exact: true })).toHaveCount(0)
    await expect(councilRow(page, 'Dalfsen').getByRole('button', { name: /Bevestigen/ })).toHaveCount(0)

    await councilRow(page, 'Kampen').getByRole('button', { name: /Bevestigen/ }).click()
    await expect(page.getByRole('status').filter({ hasText: 'De vaststelling is bevestigd.' })).toBeVisible()
    await expect(councilRow(page, 'Kampen')).toContainText('Bevestigd door')
    await expect(councilRow(page, 'Kampen').getByRole('button', { name: /Bevestigen/ })).toHaveCount(0)
    await expect(councilRow(page, 'Dalfsen')).toContainText('nog niet bevestigd')
    await expectNoA11yViolations(page)
  })

  test('a new version makes the earlier adoptions count for the old version only', async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto(REGIOVISIE)
    versionB = await addVersion(page, VERSION_B, '2026-09-01')
    expect(versionB).toBe(versionA + 1)
    await expect(page.locator('.bt-plan-progress')).toHaveText(
      new RegExp(`^0 van \\d+ gemeenteraden hebben de huidige versie \\(versie ${versionB}\\) vastgesteld\\.$`),
    )
    for (const municipality of ['Kampen', 'Dalfsen']) {
      const row = councilRow(page, municipality)
      await expect(row).toContainText('Niet vastgesteld')
      await expect(row).toContainText(`Versie ${versionA}, vastgesteld op`)
      await expect(row).toContainText(`telt niet voor de huidige versie ${versionB}`)
    }
    // The older version is still listed, below the current one.
    await expect(page.getByRole('heading', { level: 3, name: VERSION_A })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: VERSION_A })).not.toContainText('huidige versie')
    await expectNoA11yViolations(page)
  })

  test('attachments: oversized and mislabelled files are refused with a clear message; a pdf uploads and downloads', async ({
    page,
    browser,
  }) => {
    test.slow() // two uploads of 10 MB and a second browser context
    await loginAs(page, DEMO.region_editor)
    await page.goto(REGIOVISIE)
    const versionB = page.getByRole('article', { name: VERSION_B })
    await expect(versionB.getByText('Geen bijlagen.')).toBeVisible()
    const fileField = page.getByLabel('Bestand', { exact: true })
    const upload = page.getByRole('button', { name: 'Document toevoegen' })

    // With JavaScript the browser refuses an oversized file before sending it.
    await fileField.setInputFiles({ name: 'te-groot.pdf', mimeType: 'application/pdf', buffer: OVERSIZED })
    await upload.click()
    await expect(page.getByText('Het bestand is groter dan 10 MB. Kies een kleiner bestand.')).toBeVisible()
    await expect(fileField).toHaveAttribute('aria-invalid', 'true')
    await expectNoA11yViolations(page)

    // A PNG named .pdf is recognised by its content and refused by the server.
    await fileField.setInputFiles({ name: 'regiovisie.pdf', mimeType: 'application/pdf', buffer: PNG })
    await upload.click()
    await expect(page.getByText('De inhoud is een PNG-afbeelding, maar de naam eindigt op .pdf. Geef het bestand de juiste extensie.')).toBeVisible()
    await expect(fileField).toHaveAttribute('aria-invalid', 'true')
    await expectNoA11yViolations(page)

    // A real pdf is added to the current version and downloads unchanged.
    await fileField.setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF })
    await upload.click()
    await expect(page.getByRole('status').filter({ hasText: 'Het document is toegevoegd.' })).toBeVisible()
    const link = versionB.getByRole('link', { name: PDF_NAME })
    await expect(link).toBeVisible()
    await expect(versionB).toContainText('(pdf,')
    await expectNoA11yViolations(page)

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(PDF_NAME)
    const saved = await download.path()
    expect(await readFile(saved)).toEqual(PDF)

    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/bijlagen\/\d+$/)
    const response = await page.request.get(href ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect(response.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(PDF_NAME)}`)
    // The route sets it, and so does server.js for every response: the header may come twice.
    expect(new Set(response.headers()['x-content-type-options']?.split(/,\s*/))).toEqual(new Set(['nosniff']))
    expect(response.headers()['cache-control']).toBe('private, no-store')
    expect((await page.request.get('/bijlagen/987654321')).status()).toBe(404)

    // Without JavaScript the server's streaming parser stops at 10 MB and answers on the page, not with an error.
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    try {
      const plain = await noScript.newPage()
      await loginAs(plain, DEMO.region_editor)
      await plain.goto(REGIOVISIE)
      await plain.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'te-groot.pdf', mimeType: 'application/pdf', buffer: OVERSIZED })
      const [answer] = await Promise.all([
        plain.waitForResponse((r) => r.request().method() === 'POST'),
        plain.getByRole('button', { name: 'Document toevoegen' }).click(),
      ])
      expect(answer.status()).toBe(413)
      await expect(plain.getByText('Het bestand is groter dan 10 MB. Kies een kleiner bestand.')).toBeVisible()
      await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Regiovisie Regio Zwolle')
      await expectNoA11yViolationsWithoutJs(browser, plain)
      // Still only the one pdf.
      await expect(plain.getByRole('article', { name: VERSION_B }).getByRole('link')).toHaveCount(1)
    } finally {
      await noScript.close()
    }
  })

  test('a region editor writes a plan element; a stale save shows both versions and keeps the input', async ({ page, context }) => {
    test.slow() // two tabs, four saves
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/plan')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan Regio Zwolle')
    await expectNoA11yViolations(page)
    const progress = page.locator('.bt-plan-progress')
    const doneBefore = Number(/^(\d+) van 6/.exec((await progress.textContent()) ?? '')?.[1])

    const section = page.getByRole('region', { name: '2. Verdeling van verantwoordelijkheden' })
    await openElementForm(section, 2)
    await section.getByLabel('Status').selectOption({ label: 'Gereed' })
    await section.getByLabel('Tekst').fill(`De centrumgemeente **koopt in** (${RUN}).\n\n- Zwolle: toegang\n- Kampen: monitor`)
    await section.getByRole('button', { name: /Opslaan/ }).click()
    await expect(section.getByRole('status')).toHaveText('Onderdeel 2 is opgeslagen.')
    await expect(section.locator('.bt-markdown strong')).toHaveText('koopt in')
    await expect(section.locator('.bt-markdown li')).toHaveText(['Zwolle: toegang', 'Kampen: monitor'])
    await expect(progress).toContainText(`${doneBefore + 1} van 6`)
    await expectNoA11yViolations(page)

    // Two tabs: the second saves over a version the first has already replaced.
    const other = await context.newPage()
    await other.goto('/regio/zwolle/plan')
    const stale = other.getByRole('region', { name: '2. Verdeling van verantwoordelijkheden' })
    await openElementForm(stale, 2)
    await openElementForm(section, 2)
    await section.getByLabel('Tekst').fill(`Eerst opgeslagen tekst ${RUN}.`)
    await section.getByRole('button', { name: /Opslaan/ }).click()
    await expect(section.getByRole('status')).toHaveText('Onderdeel 2 is opgeslagen.')

    await stale.getByLabel('Tekst').fill(`Mijn latere tekst ${RUN}.`)
    await stale.getByRole('button', { name: /Opslaan/ }).click()
    const conflict = stale.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit onderdeel intussen gewijzigd' })
    await expect(conflict).toBeVisible()
    await expect(conflict).toContainText(`Eerst opgeslagen tekst ${RUN}.`)
    await expect(conflict).toContainText(`Mijn latere tekst ${RUN}.`)
    await expect(stale.getByLabel('Tekst')).toHaveValue(`Mijn latere tekst ${RUN}.`)
    await expectNoA11yViolations(other)
    // Saving again, having seen both, replaces the saved version.
    await stale.getByRole('button', { name: /Opslaan/ }).click()
    await expect(stale.getByRole('status')).toHaveText('Onderdeel 2 is opgeslagen.')
    await expect(stale.locator('.bt-markdown')).toHaveText(`Mijn latere tekst ${RUN}.`)
    await other.close()
  })

  test('a plan text stays a draft for other regions until a region editor publishes it', async ({ page, browser }) => {
    const text = `Mijn latere tekst ${RUN}.`
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/plan')
    const section = page.getByRole('region', { name: '2. Verdeling van verantwoordelijkheden' })
    await expect(section.locator('.bt-markdown')).toHaveText(text)
    await expect(section).toContainText('Nog niet gepubliceerd: alleen de regio ziet deze tekst.')

    // Another region's editor sees neither the draft text nor its status.
    const otherContext = await browser.newContext()
    try {
      const other = await otherContext.newPage()
      await loginAs(other, DEMO.other_region_editor)
      await other.goto('/regio/zwolle/plan')
      const otherSection = other.getByRole('region', { name: '2. Verdeling van verantwoordelijkheden' })
      await expect(otherSection).toContainText('Er is nog geen tekst.')
      await expect(otherSection).not.toContainText(text)
      await expect(otherSection.getByRole('button', { name: /Publiceren/ })).toHaveCount(0)
      await expectNoA11yViolations(other)

      await section.getByRole('button', { name: /Publiceren/ }).click()
      await expect(section.getByRole('status')).toHaveText('De tekst is gepubliceerd.')
      await expect(section).toContainText('Gepubliceerd: andere regio’s en VNG zien deze tekst.')
      await expectNoA11yViolations(page)

      await other.reload()
      await expect(otherSection.locator('.bt-markdown')).toHaveText(text)
    } finally {
      await otherContext.close()
    }
  })

  test("the national search finds another region's published agreement by a word from its text", async ({ page, browser }) => {
    test.slow() // two sessions, one without JavaScript
    await loginAs(page, DEMO.other_region_editor)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken in afspraken')
    await expectNoA11yViolations(page)

    // "uitstroom" is in the texts of several demo agreements (monitor, woningcorporaties, Wlz).
    await page.getByLabel('Zoekterm').fill('uitstroom')
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(/\/zoeken\?q=uitstroom/)
    // the region link of each hit (each hit also links "Meer zoals dit" to /zoeken)
    const results = page.getByRole('region', { name: 'Resultaten' })
    await expect(results.getByRole('status')).toContainText('alleen gepubliceerde afspraken')
    const hits = results.getByRole('listitem')
    expect(await hits.count()).toBeGreaterThan(1)
    const regions = await hits.locator('.bt-hit__meta a[href^="/regio/"]').allTextContents()
    expect(regions.some((name) => name !== 'Regio Groningen')).toBe(true)
    const marks = await results.locator('mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark.toLowerCase()).toContain('uitstroom')
    await expectNoA11yViolations(page)

    // The hit's title opens the agreement, its region name the region.
    const first = hits.filter({ hasNot: page.getByRole('link', { name: 'Regio Groningen', exact: true }) }).first()
    await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/regio\/[a-z0-9-]+\/afspraken\/\d+$/)
    await expect(first.locator('.bt-hit__meta a[href^="/regio/"]')).toHaveAttribute('href', /^\/regio\/[a-z0-9-]+$/)

    // Zwolle only: another region's user searches its published agreements.
    await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Regio Zwolle' })
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(/regio=zwolle/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken in de afspraken van Regio Zwolle')
    for (const name of await results.locator('.bt-hit__meta a[href^="/regio/"]').allTextContents()) expect(name).toBe('Regio Zwolle')
    await expect(results.getByRole('status')).toContainText(/alleen gepubliceerde afspraken|Geen afspraken gevonden/)

    await page.getByLabel('Zoekterm').fill('a')
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page.getByText('Vul een zoekterm van minstens 2 tekens in.')).toBeVisible()
    await expectNoA11yViolations(page)

    // The search form is a plain GET form: it works without JavaScript.
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    try {
      const plain = await noScript.newPage()
      await loginAs(plain, DEMO.other_region_editor)
      await plain.goto('/zoeken')
      await plain.getByLabel('Zoekterm').fill('woningcorporaties')
      await plain.getByRole('button', { name: 'Zoeken' }).click()
      await expect(plain).toHaveURL(/q=woningcorporaties/)
      await expect(plain.getByRole('region', { name: 'Resultaten' }).locator('mark').first()).toBeVisible()
      await expectNoA11yViolationsWithoutJs(browser, plain)
    } finally {
      await noScript.close()
    }
  })

  test("a region's own editor searches its drafts too", async ({ page }) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/zoeken?q=beschermd')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken in de afspraken van Regio Zwolle')
    await expect(page.getByRole('region', { name: 'Resultaten' }).getByRole('status')).toContainText('ook in concepten')
    await expectNoA11yViolations(page)
  })

  test('the print view of the uitvoeringsplan fits on A4 pages with no cut tables', async ({ page }, testInfo) => {
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/uitvoeringsplan')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitvoeringsplan Regio Zwolle')
    for (const section of [
      '1. De zes onderdelen van het plan',
      '2. Afspraken per conditie',
      '3. De afspraken',
      '4. NvO-niveaus',
      '5. Planning',
      '6. Financiële afspraak',
      '7. Vaststelling van de regiovisie',
      '8. Vaststelling van het uitvoeringsplan',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible()
    }
    // The adoptions recorded above are in the plan.
    await expect(page.getByRole('table', { name: 'Vaststelling per gemeenteraad' })).toContainText(`versie ${versionA} op 9 april 2026`)
    await expectNoA11yViolations(page)

    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden()

    // The real thing: Chromium's pdf of the page on A4.
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pages = pdfPageCount(pdf)
    expect(pages).toBeGreaterThanOrEqual(1)
    await writeFile(testInfo.outputPath('uitvoeringsplan.pdf'), pdf)

    // The print view at the printable width of A4, saved for the run.
    await page.setViewportSize({ width: Math.floor(PRINTABLE.width), height: Math.floor(PRINTABLE.height) })
    const screenshot = testInfo.outputPath('uitvoeringsplan-print.png')
    await page.screenshot({ path: screenshot, fullPage: true })
    await testInfo.attach('uitvoeringsplan-print', { path: screenshot, contentType: 'image/png' })
    await testInfo.attach('uitvoeringsplan.pdf', { body: pdf, contentType: 'application/pdf' })

    const layout = await page.evaluate(paginate, PRINTABLE)
    expect(layout.tables).toBeGreaterThanOrEqual(5)
    expect(layout.rows).toBeGreaterThan(20)
    expect(layout.cutRows, 'table rows split across two pages').toEqual([])
    expect(layout.tooWide, 'tables wider than the A4 page').toEqual([])
    // The same number of pages as the pdf: the check laid out what was printed.
    expect(layout.pages).toBe(pages)
  })
})
