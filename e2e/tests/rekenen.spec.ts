import { expect, expectNoA11yViolations, expectNoA11yViolationsWithoutJs, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// /rekenen (calc issue): a region editor runs a phase-in scenario for Regio Zwolle, sees chart and
// table, and saves it for the region; a viewer of the region opens the saved address; an editor of
// another region gets 403. Bad parameters give Dutch field messages, never a 500. axe on every page.


test.describe('calculation scenarios', () => {
  test('a region editor runs and shares a phase-in scenario; the region’s viewer opens it, another region cannot', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000) // three users, several full pages, an axe scan on each
    await loginAs(page, DEMO.region_editor)
    await expectNoA11yViolations(page) // the landing page after login
    await page.getByRole('link', { name: 'Rekenen', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rekenen')
    await expect(page.getByText('Voorbeeldbedragen.', { exact: false }).first()).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByLabel('Landelijk of een regio').selectOption({ label: 'Regio Zwolle' })
    await page.getByLabel('Jaar van stap 1').fill('2027')
    await page.getByLabel('Aantal stappen (1 tot en met 30)').fill('5')
    await page.getByLabel('Lineair: elk jaar een even grote stap').check()
    await page.getByRole('button', { name: 'Berekenen' }).click()

    await expect(page.getByRole('heading', { name: 'Resultaat voor Regio Zwolle' })).toBeVisible()
    await expect(
      page.getByRole('img', {
        name: 'Budget per jaar voor Regio Zwolle: centrumgemeente en overige gemeenten',
      }),
    ).toBeVisible()
    const path = page.getByRole('table', { name: 'Budget per jaar' })
    await expect(path.getByRole('row')).toHaveCount(7) // header, year zero and five steps
    await expect(path.getByRole('row', { name: /2026 \(stap 0\)/ })).toContainText('0%')
    await expect(path.getByRole('row', { name: /2031 \(stap 5\)/ })).toContainText('100%')
    await expect(
      page.getByRole('table', { name: 'Historisch en objectief per regio' }),
    ).toContainText('-18,81%')
    await expectNoA11yViolations(page)

    const name = `Ingroeipad vijf stappen ${Date.now()}`
    await page.getByLabel('Naam van het scenario').fill(name)
    await page.getByLabel('De gebruikers van de regio (Regio Zwolle)').check()
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect(page).toHaveURL(/\/rekenen\/scenario\/[a-z0-9]+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(page.getByRole('table', { name: 'Budget per jaar' }).getByRole('row')).toHaveCount(
      7,
    )
    await expectNoA11yViolations(page)
    const saved = page.url()

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Download als CSV' }).click()
    const csv = await (await download).createReadStream()
    const text = await new Promise<string>((resolve) => {
      let body = ''
      csv.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      csv.on('end', () => resolve(body))
    })
    expect(text).toContain(
      'Gemeentecode;Gemeente;Regiocode;Centrumgemeente;Inwoners;Historisch (euro)',
    )
    expect(text).toContain('GM0193;Zwolle;GM0193;ja')

    const viewerContext = await browser.newContext()
    const viewer = await viewerContext.newPage()
    await loginAs(viewer, DEMO.region_viewer)
    await expectNoA11yViolations(viewer) // the landing page after login
    const viewerResponse = await viewer.goto(saved)
    expect(viewerResponse?.status()).toBe(200)
    await expect(viewer.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(viewer.getByText('Rik Redacteur')).toBeVisible()
    await expect(
      viewer.getByRole('table', { name: 'Historisch en objectief per regio' }),
    ).toContainText('Regio Zwolle')
    await expectNoA11yViolations(viewer)
    await viewer.getByRole('button', { name: 'Herberekenen met de gegevens van vandaag' }).click()
    await expect(viewer.getByText('Herberekend met de gegevens van vandaag')).toBeVisible()
    await expectNoA11yViolations(viewer)
    await viewerContext.close()

    const otherContext = await browser.newContext()
    const other = await otherContext.newPage()
    await loginAs(other, DEMO.other_region_editor)
    await expectNoA11yViolations(other) // the landing page after login
    const otherResponse = await other.goto(saved)
    expect(otherResponse?.status()).toBe(403)
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Geen toegang')
    await expectNoA11yViolations(other)
    expect((await other.goto(`${saved}/csv`))?.status()).toBe(403)
    await otherContext.close()
  })

  test('bad parameters give Dutch messages per field, with and without JavaScript, never a 500', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000) // two browsers, several full pages, an axe scan on each
    await loginAs(page, DEMO.region_editor)
    await expectNoA11yViolations(page) // the landing page after login
    await page.goto('/rekenen')
    await page.getByLabel('Macrobudget beschermd wonen (BW, euro)').fill('heel veel')
    await page.getByLabel('Aantal stappen (1 tot en met 30)').fill('0')
    await page.getByRole('button', { name: 'Berekenen' }).click()
    await expect(
      page.getByText(
        "Vul het macrobudget BW in als bedrag in euro's, bijvoorbeeld 1.900.000 of 2500,50.",
      ),
    ).toBeVisible()
    await expect(
      page.getByText('Vul voor het aantal stappen een heel getal in van 1 tot en met 30.'),
    ).toBeVisible()
    await expect(page.getByLabel('Macrobudget beschermd wonen (BW, euro)')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await expectNoA11yViolations(page)

    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await loginAs(plain, DEMO.region_editor)
    await expectNoA11yViolationsWithoutJs(browser, plain)
    await plain.goto('/rekenen')
    await expectNoA11yViolationsWithoutJs(browser, plain)
    await plain.getByLabel('Eigen percentages per stap').check()
    await plain.getByLabel('Aantal stappen (1 tot en met 30)').fill('3')
    await plain
      .getByLabel('Percentage objectief per stap (bij eigen percentages)')
      .fill('0; 50; 40; 100')
    const response = plain.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().includes('/rekenen'),
    )
    await plain.getByRole('button', { name: 'Berekenen' }).click()
    expect((await response).status()).toBe(400)
    await expect(
      plain.getByText('Het ingroeipad mag niet teruglopen: stap 2 (40) is lager dan stap 1 (50).'),
    ).toBeVisible()
    await expect(plain.getByLabel('Aantal stappen (1 tot en met 30)')).toHaveValue('3')
    await expectNoA11yViolationsWithoutJs(browser, plain)

    // A fixed retention above the region's budget only calc can see: still a message on its field.
    await plain
      .getByLabel('Percentage objectief per stap (bij eigen percentages)')
      .fill('0; 40; 50; 100')
    await plain
      .getByLabel('Verdeelmodel')
      .selectOption({ label: 'Inhouding door de centrumgemeente (zoals IJssel-Vecht)' })
    await plain.getByLabel('Een vast bedrag').check()
    await plain.getByLabel('Vast bedrag van de inhouding (euro)').fill('500.000.000')
    await plain.getByRole('button', { name: 'Berekenen' }).click()
    await expect(
      plain.getByText(/^Dit bedrag \(€\s500\.000\.000,00\) is groter dan wat er te verdelen is/),
    ).toBeVisible()
    await expectNoA11yViolationsWithoutJs(browser, plain)

    // Without JavaScript the whole journey works: compute, then save.
    await plain.getByLabel('Vast bedrag van de inhouding (euro)').fill('250.000')
    await plain.getByRole('button', { name: 'Berekenen' }).click()
    await expect(plain.getByRole('heading', { name: 'Resultaat voor Regio Zwolle' })).toBeVisible()
    await expect(
      plain.getByText('De grafiek verschijnt als JavaScript aan staat').first(),
    ).toBeVisible()
    await expectNoA11yViolationsWithoutJs(browser, plain)
    await plain.getByLabel('Naam van het scenario').fill('Inhouding zonder JavaScript')
    await plain.getByRole('button', { name: 'Opslaan' }).click()
    await expect(plain).toHaveURL(/\/rekenen\/scenario\/[a-z0-9]+$/)
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Inhouding zonder JavaScript')
    await expect(
      plain.getByRole('button', { name: 'Kies als verdeelmodel van Regio Zwolle' }),
    ).toBeVisible()
    await plain.getByRole('button', { name: 'Kies als verdeelmodel van Regio Zwolle' }).click()
    await expect(plain.getByText('Dit is het gekozen verdeelmodel van Regio Zwolle.')).toBeVisible()
    await expectNoA11yViolationsWithoutJs(browser, plain)
    await noScript.close()
  })

  test('the woonplaatstoets answers from a posted history and keeps nothing in the address', async ({
    page,
  }) => {
    await loginAs(page, DEMO.region_viewer)
    await expectNoA11yViolations(page) // the landing page after login
    await page.goto('/rekenen/woonplaats')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woonplaatstoets')
    await expectNoA11yViolations(page)
    await page.getByLabel('Gemeente waar de cliënt zich meldt').fill('GM0193')
    await page.getByLabel('Datum van de melding').fill('2026-03-02')
    await page.getByLabel('Datum van de aanvraag').fill('2026-03-02')
    const addresses = page.getByRole('group', { name: 'Ingeschreven adressen (BRP), rij 1' })
    await addresses.getByLabel('Gemeente').fill('GM0166')
    await addresses.getByLabel('Van').fill('2015-05-01')
    const episode = page.getByRole('group', { name: 'Eerder beschermd wonen, rij 1' })
    await episode.getByLabel('Gemeente die het bood').fill('GM0014')
    await episode.getByLabel('Van').fill('2020-01-01')
    await episode.getByLabel('Tot en met').fill('2025-03-01')
    await page.getByRole('button', { name: 'Toetsen' }).click()
    const answer = page.getByRole('region', { name: 'Uitkomst' })
    await expect(answer).toContainText('Kampen')
    await expect(answer).toContainText('Adres op de dag vóór de aanvraag of de start')
    await expect(answer).toContainText('Ja')
    expect(page.url()).toMatch(/\/rekenen\/woonplaats$/)
    await expectNoA11yViolations(page)
  })
})
