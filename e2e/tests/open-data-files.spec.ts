import { readFile } from 'node:fs/promises'
import type { APIRequestContext } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'
import { DEMO, loginAs } from '../fixtures/login.ts'

// Issue 15: every download of every data set (and of each earlier state) answers anonymously with the
// same rows as the API; the ZIP carries the CSV with its definitions; the frozen editions' data sets
// are on /open-data; a signed-in visitor's download is marked as theirs and never shared by a cache.

interface DatasetInfo {
  key: string
  title: string
  columns: { key: string; title: string; definition: string }[]
  states: Record<string, string>
  links: { csv: string; csvSemicolon: string; csvZip: string; json: string; api: string }
  snapshots: { query: Record<string, string> }[]
}
interface DatasetFile {
  dataset: { asOf: { date: string }; audience: { code: string }; title: string }
  rows: Record<string, unknown>[]
}

const withQuery = (link: string, query: Record<string, string>) => {
  const url = new URL(link, 'http://portal')
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
  return `${url.pathname}${url.search}`
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const answer = await request.get(path)
  expect(answer.status(), path).toBe(200)
  return answer.text()
}

test('every download of every data set and earlier state answers anonymously with the API’s rows', async ({ request }) => {
  const list = (await (await request.get('/api/v1/datasets')).json()) as { datasets: DatasetInfo[] }
  expect(list.datasets.map((d) => d.key)).toEqual(expect.arrayContaining(['edities-landelijke-cijfers', 'nvo-niveaus-per-editie']))
  const demoPeople = Object.values(DEMO)
  for (const d of list.datasets) {
    for (const query of [{}, ...d.snapshots.map((s) => s.query)]) {
      const api = JSON.parse(await text(request, withQuery(d.links.api, query))) as DatasetFile
      const json = JSON.parse(await text(request, withQuery(d.links.json, query))) as DatasetFile
      expect(json, `${d.key} ${JSON.stringify(query)}`).toEqual(api)
      expect(json.dataset.audience.code).toBe('public')
      const csv = await text(request, withQuery(d.links.csv, query))
      expect(csv.startsWith(`\uFEFF${d.columns[0]?.title ?? ''},`)).toBe(true)
      expect(csv.trimEnd().split('\r\n')).toHaveLength(api.rows.length + 1)
      for (const file of [csv, JSON.stringify(json)]) for (const person of demoPeople) expect(file).not.toContain(person)
    }
    // The other forms of the current file (fewer requests: the whole walk stays within the rate limit).
    const semicolon = await text(request, d.links.csvSemicolon)
    expect(semicolon.startsWith(`\uFEFF${d.columns[0]?.title ?? ''};`)).toBe(true)
    const zip = await request.get(d.links.csvZip)
    expect(zip.status(), d.links.csvZip).toBe(200)
    expect(zip.headers()['content-type']).toBe('application/zip')
  }
})

test('the frozen editions’ NvO levels are on /open-data, and the ZIP carries the CSV with its definitions', async ({ page }) => {
  await page.goto('/open-data')
  const section = page.getByRole('region', { name: 'Regio’s per NvO-niveau per editie' })
  await expect(section).toBeVisible()
  await expect(page.getByRole('region', { name: 'Landelijke cijfers van elke bevroren editie' })).toBeVisible()
  await expectNoA11yViolations(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'CSV met toelichting (ZIP): Regio’s per NvO-niveau per editie', exact: true }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^nvo-niveaus-per-editie-\d{4}-\d{2}-\d{2}\.zip$/)
  // The archive stores its files uncompressed: names and texts are readable in its bytes.
  const bytes = (await readFile(await download.path())).toString('utf8')
  expect(bytes).toContain('nvo-niveaus-per-editie-')
  expect(bytes).toContain('-toelichting.csv')
  expect(bytes).toContain('Niet bevestigd: de regio had bij het bevriezen geen goedgekeurd beeld')
  expect(bytes).toContain('Aantal regio’s')
})

test('a signed-in visitor’s download is marked as theirs and kept private; the API stays public', async ({ page }) => {
  await loginAs(page, DEMO.vng_analyst)
  await page.goto('/open-data')
  await expect(page.getByText('U bent ingelogd. De downloads op deze pagina bevatten daarom ook')).toBeVisible()
  await expectNoA11yViolations(page)
  const mine = await page.request.get('/open-data/indicatoren-landelijk.json')
  expect(mine.headers()['cache-control']).toBe('private, no-store')
  expect(mine.headers().vary).toContain('Cookie')
  expect(mine.headers()['content-disposition']).toMatch(/indicatoren-landelijk-\d{4}-\d{2}-\d{2}-ingelogd\.json/)
  expect(((await mine.json()) as DatasetFile).dataset.audience.code).toBe('signed_in')
  const api = await page.request.get('/api/v1/datasets/indicatoren-landelijk')
  expect(((await api.json()) as DatasetFile).dataset.audience.code).toBe('public')
})
