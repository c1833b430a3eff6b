import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, DEMO_PASSWORD, loginAs, logout } from '../fixtures/login.ts'

type Role = keyof typeof DEMO

// DESIGN.md visibility: a region's history (like its drafts) is for its own users and its adviser.
const CASES: { role: Role; label: string; zwolleHistory: number; groningenHistory: number }[] = [
  { role: 'region_editor', label: 'Regio-redacteur', zwolleHistory: 200, groningenHistory: 403 },
  { role: 'region_viewer', label: 'Regio-lezer', zwolleHistory: 200, groningenHistory: 403 },
  { role: 'municipality_signatory', label: 'Gemeentelijk ondertekenaar', zwolleHistory: 200, groningenHistory: 403 },
  { role: 'vng_adviser', label: 'VNG-regioadviseur', zwolleHistory: 200, groningenHistory: 200 },
  { role: 'vng_analyst', label: 'VNG-analist', zwolleHistory: 403, groningenHistory: 403 },
  { role: 'steering_member', label: 'Lid stuurgroep', zwolleHistory: 403, groningenHistory: 403 },
  { role: 'admin', label: 'Beheerder', zwolleHistory: 403, groningenHistory: 403 },
  { role: 'other_region_editor', label: 'Regio-redacteur', zwolleHistory: 403, groningenHistory: 200 },
]

test.describe('signing in with each demo role', () => {
  for (const c of CASES) {
    test(`${c.role} sees what the role allows and is refused the rest`, async ({ page }) => {
      await loginAs(page, DEMO[c.role])
      await expect(page.getByRole('banner')).toContainText(c.label)
      await expectNoA11yViolations(page)

      await page.goto('/account')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account')
      await expect(page.getByText(DEMO[c.role])).toBeVisible()
      await expectNoA11yViolations(page)

      for (const [slug, expected] of [
        ['zwolle', c.zwolleHistory],
        ['groningen', c.groningenHistory],
      ] as const) {
        const response = await page.goto(`/regio/${slug}/logboek`)
        expect(response?.status(), `${c.role} on ${slug}`).toBe(expected)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          expected === 200 ? `Logboek Regio ${slug === 'zwolle' ? 'Zwolle' : 'Groningen'}` : 'Geen toegang',
        )
        await expectNoA11yViolations(page)
      }
      expect((await page.goto('/regio/bestaat-niet/logboek'))?.status()).toBe(404)

      await logout(page)
      await page.goto('/account')
      await expect(page).toHaveURL(/\/inloggen\?terug=%2Faccount$/)
    })
  }
})

test.describe('sessions and login errors', () => {
  test('a visitor is sent to the login page and back to where they were going', async ({ page }) => {
    await page.goto('/regio/zwolle/logboek')
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fregio%2Fzwolle%2Flogboek$/)
    await expectNoA11yViolations(page)
    await page.getByLabel('E-mailadres').fill(DEMO.region_viewer)
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await expect(page).toHaveURL(/\/regio\/zwolle\/logboek$/)
  })

  test('empty fields get a message per field, with and without JavaScript', async ({ page, browser }) => {
    await page.goto('/inloggen')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await expect(page.getByText('Vul uw e-mailadres in.')).toBeVisible()
    await expect(page.getByText('Vul uw wachtwoord in.')).toBeVisible()
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true')
    await expectNoA11yViolations(page)

    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto('/inloggen')
    await plain.getByRole('button', { name: 'Inloggen' }).click()
    await expect(plain.getByText('Vul uw e-mailadres in.')).toBeVisible()
    await plain.getByLabel('E-mailadres').fill(DEMO.region_viewer)
    await plain.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
    await plain.getByRole('button', { name: 'Inloggen' }).click()
    await expect(plain.getByRole('button', { name: 'Uitloggen' })).toBeVisible()
    await noScript.close()
  })

  test('a session cookie stops working after logout', async ({ page, browser }) => {
    await loginAs(page, DEMO.region_editor)
    const cookies = await page.context().cookies()
    const session = cookies.find((c) => c.name === 'bt_session')
    expect(session?.httpOnly).toBe(true)
    expect(session?.sameSite).toBe('Lax')
    await logout(page)

    const replay = await browser.newContext()
    await replay.addCookies(cookies)
    const other = await replay.newPage()
    await other.goto('/account')
    await expect(other).toHaveURL(/\/inloggen/)
    await replay.close()
  })

  test('five wrong passwords throttle the account with a clear message; other accounts still log in', async ({ page }) => {
    await page.goto('/inloggen')
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('E-mailadres').fill(DEMO.vng_analyst)
      await page.getByLabel('Wachtwoord').fill(`fout-${i}`)
      await page.getByRole('button', { name: 'Inloggen' }).click()
      await expect(page.getByRole('alert')).toHaveText('Het e-mailadres of het wachtwoord klopt niet.')
    }
    await page.getByLabel('E-mailadres').fill(DEMO.vng_analyst)
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await expect(page.getByRole('alert')).toContainText('Te veel mislukte pogingen')
    await expectNoA11yViolations(page)

    await loginAs(page, DEMO.steering_member)
  })
})
