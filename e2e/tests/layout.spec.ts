import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// The pages a region works in, at a common laptop width and at 320 px (WCAG reflow): the coverage
// matrix shows all eight conditions and its total at 1366 px, and every page leaves a screenshot
// per width among the run's artefacts, so layout changes can be seen in review (issue 19).
const PAGES = ['/', '/regio/zwolle', '/regio/zwolle/monitoring', '/regio/zwolle/afspraken/nieuw', '/rekenen', '/regio/zwolle/uitvoeringsplan']

test('the coverage matrix shows all eight conditions and the total at 1366 px', async ({ page }) => {
  await loginAs(page, DEMO.region_viewer)
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/regio/zwolle')
  const box = page.getByRole('region', { name: 'Dekkingsmatrix, horizontaal scrollbaar' })
  const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow, 'the matrix needs no sideways scrolling at 1366 px').toBeLessThanOrEqual(0)
  const viewport = page.viewportSize()?.width ?? 1366
  for (const name of ['8', 'Totaal']) {
    const header = box.getByRole('columnheader', { name: new RegExp(`^${name}`) })
    const bounds = await header.boundingBox()
    expect(bounds, `column ${name} is rendered`).not.toBeNull()
    expect((bounds?.x ?? Infinity) + (bounds?.width ?? 0), `column ${name} lies inside the window`).toBeLessThanOrEqual(viewport)
  }
})

test('screenshots of the working pages at 320 and 1366 px', async ({ page }, testInfo) => {
  // twelve page loads with a full-page screenshot each: more than the default 30 s on a shared, loaded machine
  test.setTimeout(120_000)
  await loginAs(page, DEMO.region_editor)
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 900 })
    for (const path of PAGES) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(sideways, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0)
      const name = `${width}px${path.replaceAll('/', '_')}.png`
      const file = testInfo.outputPath(name)
      await page.screenshot({ path: file, fullPage: true })
      await testInfo.attach(name, { path: file, contentType: 'image/png' })
    }
  }
})

test('the demo banner shows to a visitor and to a signed-in user alike', async ({ page }) => {
  // Signed in, the root loader takes it from the session check's statement (ADR 050); anonymous, it reads it.
  const banner = page.getByRole('note', { name: 'Demo-omgeving' })
  await page.goto('/regio/zwolle')
  await expect(banner).toContainText('fictief')
  await expectNoA11yViolations(page)
  await loginAs(page, DEMO.region_viewer)
  await page.goto('/regio/zwolle')
  await expect(banner).toContainText('fictief')
  await expectNoA11yViolations(page)
})
