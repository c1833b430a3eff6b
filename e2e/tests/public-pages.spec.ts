import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'

test.describe('a visitor without an account', () => {
  test('sees the ten building blocks grouped in their four clusters', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Landelijk overzicht per bouwsteen')
    const clusters = page.getByRole('heading', { level: 2 })
    await expect(clusters).toHaveText([
      'Gewijzigd sinds de vorige editie',
      'Financiële uitwerkingsvragen',
      'Regionale samenwerking',
      'Landelijke afspraken',
      'Doorontwikkeling',
    ])
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(10)
    await expect(page.getByText('Bouwsteen 10')).toBeVisible()
    // Status is given in words, not only as a symbol.
    await expect(page.getByText('Gereed').first()).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('lists the regions and opens one with its municipalities', async ({ page }) => {
    await page.goto('/regio')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Regio's")
    await expect(page.getByText('Voorbeeldindeling.')).toBeVisible()
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(45) // header + 44 regions
    await expectNoA11yViolations(page)

    await page.getByRole('link', { name: 'Regio Zwolle', exact: true }).click()
    await expect(page).toHaveURL(/\/regio\/zwolle$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio Zwolle')
    await expect(page.getByRole('rowheader', { name: 'Kampen' })).toBeVisible()
    await expect(page.getByRole('rowheader', { name: 'Zwolle (centrumgemeente)' })).toBeVisible()
    await expect(page.getByText('Voorbeeldindeling.')).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('reads the accessibility and privacy statements', async ({ page }) => {
    for (const [path, title] of [
      ['/toegankelijkheid', 'Toegankelijkheid'],
      ['/privacy', 'Privacy'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expectNoA11yViolations(page)
    }
  })

  test('gets a Dutch 404 page for unknown regions, malformed slugs and unknown paths', async ({ page }) => {
    for (const path of ['/regio/bestaat-niet', '/regio/GEEN%20slug!', '/regio/a--b', '/onbekend/pad']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')
      await expect(page.locator('body')).not.toContainText('Error:')
    }
    await expectNoA11yViolations(page)
  })

  test('can skip the navigation by keyboard', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' })
    await expect(skipLink).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })

  test('health check reports a reachable database', async ({ request }) => {
    const response = await request.get('/healthz')
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })
})
