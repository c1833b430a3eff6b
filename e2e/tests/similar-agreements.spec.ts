import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs, logout } from '../fixtures/login.ts'

// An agreement page lists the published agreements of other regions most like it, never a draft of
// another region; the search page offers "Meer zoals dit" (issue 19).
const WORD = `zorgsleutel${Date.now().toString(36)}`

/** Create an agreement about WORD in the signed-in editor's region; publish it unless asked not to. */
async function agreementAbout(page: Page, slug: string, title: string, { publish = true } = {}) {
  await page.goto(`/regio/${slug}/afspraken/nieuw`)
  await page.getByLabel('Titel', { exact: true }).fill(title)
  await page.getByLabel('Tekst van de afspraak').fill(`De ${WORD} regelt de toegang tot beschermd wonen.`)
  await page.getByRole('checkbox', { name: '3. Beschikbaarheid en continuïteit', exact: true }).check()
  await page.getByRole('checkbox', { name: 'Wonen: woonplekken, uitstroom, afspraken met corporaties', exact: true }).check()
  await page.getByRole('checkbox', { name: '4. Woonvarianten', exact: true }).check()
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  if (publish) {
    await page.getByRole('button', { name: /^Versie \d+ publiceren$/ }).click()
    await expect(page.getByText('De afspraak is gepubliceerd.')).toBeVisible()
  }
  return new URL(page.url()).pathname
}

test('an agreement page lists similar published agreements of other regions, and search offers more like it', async ({ page }) => {
  await loginAs(page, DEMO.other_region_editor)
  await agreementAbout(page, 'groningen', `Groningse ${WORD}`)
  await agreementAbout(page, 'groningen', `Gronings concept ${WORD}`, { publish: false })
  await logout(page)

  await loginAs(page, DEMO.region_editor)
  const own = await agreementAbout(page, 'zwolle', `Zwolse ${WORD}`)
  const similar = page.getByRole('region', { name: "Vergelijkbare afspraken in andere regio's" })
  const groningen = similar.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Groningse ${WORD}` }) })
  await expect(groningen).toContainText('Regio Groningen')
  await expect(groningen).toContainText('Zelfde NvO-afspraak 3. Beschikbaarheid en continuïteit, conditie 4. Woonvarianten')
  await expect(similar.getByText(`Gronings concept ${WORD}`)).toHaveCount(0)
  await expect(similar.getByRole('link', { name: `Zwolse ${WORD}` })).toHaveCount(0)
  await expectNoA11yViolations(page)

  await page.goto(`/zoeken?q=${WORD}`)
  await page.getByRole('link', { name: `Meer zoals dit: Groningse ${WORD}` }).click()
  const like = page.getByRole('region', { name: new RegExp(`zoals ‘Groningse ${WORD}’`) })
  await expect(like.getByRole('link', { name: `Zwolse ${WORD}` })).toHaveAttribute('href', own)
  await expectNoA11yViolations(page)
})
