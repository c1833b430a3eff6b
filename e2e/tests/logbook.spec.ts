import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// The logbooks name and link what changed, show its before and after, filter and page (issue 19).
const RUN = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`

test.describe('the logbooks', () => {
  // The admin log's filter finds the agreement change the first test records
  test.describe.configure({ mode: 'serial' })

  test("a region's logboek names the changed agreement, links it and shows before and after", async ({ page }) => {
    const title = `Logboekafspraak ${RUN}`
    await loginAs(page, DEMO.region_editor)
    await page.goto('/regio/zwolle/afspraken/nieuw')
    await page.getByLabel('Titel', { exact: true }).fill(title)
    await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
    await page.getByRole('checkbox', { name: 'Wonen: woonplekken, uitstroom, afspraken met corporaties', exact: true }).check()
    await page.getByRole('checkbox', { name: '4. Woonvarianten', exact: true }).check()
    await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    const agreementUrl = new URL(page.url()).pathname
    await page.goto(`${agreementUrl}/bewerken`)
    await page.getByLabel('Titel', { exact: true }).fill(`${title} (herzien)`)
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (herzien)`)

    await page.goto('/regio/zwolle/logboek?soort=agreement')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek Regio Zwolle')
    const row = page.getByRole('row').filter({ hasText: 'Afspraak gewijzigd' }).filter({ hasText: `${title} (herzien)` })
    await expect(row).toHaveCount(1)
    await expect(row.getByRole('link', { name: `Afspraak “${title} (herzien)”` })).toHaveAttribute('href', agreementUrl)
    await row.getByText('1 veld: Titel').click()
    await expect(row.getByText(`Voor: ${title}`, { exact: true })).toBeVisible()
    await expect(row.getByText(`Na: ${title} (herzien)`, { exact: true })).toBeVisible()
    await expectNoA11yViolations(page)

    // A wrong date gets its Dutch message beside the field; nothing is shown as if filtered
    await page.goto('/regio/zwolle/logboek?van=2026-02-30')
    await expect(page.getByLabel('Vanaf')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Pas het filter aan')).toBeVisible()
    await expectNoA11yViolations(page)
  })

  test('the admin log filters by region and kind and the user list names municipalities', async ({ page }) => {
    await loginAs(page, DEMO.admin)
    await page.goto('/beheer/logboek')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek')
    await page.getByLabel('Regio').selectOption({ label: 'Regio Zwolle' })
    await page.getByLabel('Soort gegevens').selectOption({ label: 'Afspraak' })
    await page.getByRole('button', { name: 'Toepassen' }).click()
    await expect(page).toHaveURL(/soort=agreement/)
    const subjects = page.getByRole('table').getByRole('link')
    await expect(subjects.first()).toHaveText(/^Afspraak “/)
    await expectNoA11yViolations(page)
    // Paging is proven in the api test (packages/api/src/services/audit-log/read.test.ts), where the count is known

    await page.goto('/beheer/gebruikers')
    await expect(page.getByText('gemeente Kampen').first()).toBeVisible()
    await expect(page.getByText(/gemeente GM\d{4}/)).toHaveCount(0)
    await expectNoA11yViolations(page)
  })
})
