import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { expect, expectNoA11yViolations, test } from '../fixtures/axe.ts'

// Issue 15: a journalist finds a data set on /open-data, downloads it as CSV and JSON, and reads the
// same numbers as on the overview and the indicator page; the API page lists every endpoint.

interface StatusRow {
  bouwsteen: number
  onderdeel: string
  status: string
}
interface SeriesRow {
  indicator: string
  periode: string
  waarde: number | null
}

async function download(page: Page, name: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: true }).click(),
  ])
  const path = await file.path()
  return { file, text: await readFile(path, 'utf8') }
}

/** What the overview shows per block: each sub-line's label and status ("√ Gereed"). */
async function overviewStatuses(page: Page): Promise<string[]> {
  return page.locator('article.bt-block').evaluateAll((articles) =>
    articles.flatMap((article) => {
      const number = /Bouwsteen\s+(\d+)/.exec(article.querySelector('h3')?.textContent ?? '')?.[1]
      return [...article.querySelectorAll('.bt-sublines > li')].map((li) => {
        const label = li.querySelector('span')?.textContent?.trim() ?? ''
        const status =
          li.querySelector('.bt-status')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
        return `${number} | ${label} | ${status}`
      })
    }),
  )
}

test('a visitor finds the building-block statuses on /open-data and downloads them as CSV and JSON, with the overview’s statuses', async ({
  page,
}) => {
  await page.goto('/')
  const shown = await overviewStatuses(page)
  expect(shown.length).toBeGreaterThan(10)
  await page.getByRole('link', { name: 'Open data en API' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible()
  await expectNoA11yViolations(page)

  const section = page.getByRole('region', { name: 'Stand per bouwsteen' })
  await expect(section.getByText('CC0 1.0')).toBeVisible()
  const json = await download(page, 'JSON met definities: Stand per bouwsteen')
  expect(json.file.suggestedFilename()).toMatch(/^bouwsteen-status-\d{4}-\d{2}-\d{2}\.json$/)
  const body = JSON.parse(json.text) as {
    dataset: {
      licence: string
      asOf: { date: string }
      columns: { key: string; definition: string }[]
      states: Record<string, string>
    }
    rows: StatusRow[]
  }
  expect(body.dataset.licence).toBe('CC0 1.0')
  expect(body.dataset.columns.find((c) => c.key === 'besloten_op')?.definition).toContain(
    'besluitmoment',
  )
  expect(body.dataset.states.partly_done).toBe('(√) Deels gereed')
  expect(body.rows.map((r) => `${r.bouwsteen} | ${r.onderdeel} | ${r.status}`).sort()).toEqual(
    [...shown].sort(),
  )

  const csv = await download(page, 'CSV: Stand per bouwsteen')
  expect(csv.text.startsWith('\uFEFFBouwsteen,Naam,Cluster,Onderdeel,Statuscode,Status,')).toBe(
    true,
  )
  expect(csv.text.trim().split('\r\n')).toHaveLength(body.rows.length + 1)
  const semicolon = await download(
    page,
    'CSV met puntkomma’s (Nederlandse Excel): Stand per bouwsteen',
  )
  expect(semicolon.text.startsWith('\uFEFFBouwsteen;Naam;Cluster;Onderdeel;')).toBe(true)
})

test('the national indicator series on /open-data holds the figure the indicator page shows', async ({
  page,
}) => {
  await page.goto('/open-data')
  const { text } = await download(page, 'JSON met definities: Landelijke indicatorreeksen')
  const rows = (JSON.parse(text) as { rows: SeriesRow[] }).rows.filter(
    (r) => r.indicator === 'inhabitants' && r.waarde !== null,
  )
  const latest = rows.at(-1)
  expect(latest).toBeDefined()
  await page.goto('/indicatoren/inhabitants')
  const table = page.getByRole('table', { name: 'Inwoners, landelijk' })
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: latest?.periode ?? '' }) })
  await expect(row).toContainText(new Intl.NumberFormat('nl-NL').format(latest?.waarde ?? NaN))
})

test('the API page lists every endpoint of the OpenAPI document with an example', async ({
  page,
  request,
}) => {
  const doc = (await (await request.get('/api/v1/openapi.json')).json()) as {
    openapi: string
    paths: Record<string, unknown>
  }
  expect(doc.openapi).toBe('3.1.0')
  await page.goto('/open-data')
  await page.getByRole('link', { name: 'open data API' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Open data API' })).toBeVisible()
  await expectNoA11yViolations(page)
  for (const path of Object.keys(doc.paths)) {
    await expect(
      page.getByRole('heading', { level: 3, name: `GET ${path}`, exact: true }),
    ).toBeVisible()
    await expect(
      page.getByRole('region', { name: `Voorbeeldantwoord van ${path}`, exact: true }),
    ).toBeVisible()
  }
  await expect(page.getByRole('region', { name: 'Voorbeeld van een fout' })).toContainText(
    '"code": "NOT_FOUND"',
  )
})

test('a download revalidates with its ETag (304), and an unknown data set is a 404 in the API’s error shape', async ({
  request,
}) => {
  const first = await request.get('/api/v1/datasets/bouwsteen-status')
  const etag = first.headers().etag ?? ''
  expect(etag).toMatch(/^"[\w-]{43}"$/)
  expect(first.headers()['cache-control']).toBe('public, max-age=300')
  const again = await request.get('/api/v1/datasets/bouwsteen-status', {
    headers: { 'If-None-Match': etag },
  })
  expect(again.status()).toBe(304)
  const missing = await request.get('/api/v1/datasets/bestaat-niet')
  expect(missing.status()).toBe(404)
  expect(await missing.json()).toEqual({
    error: { code: 'NOT_FOUND', message: 'Dataset bestaat-niet bestaat niet.' },
  })
})
