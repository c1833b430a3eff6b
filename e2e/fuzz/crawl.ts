// Finds the pages a signed-in user can reach by following links, and the POST forms on them, from
// the rendered HTML: the forms the fuzz test posts are the portal's own.
import type { FuzzClient } from './client.ts'

export interface PostForm {
  action: string
  fields: [string, string][]
}

// Not pages: downloads, the logout, files.
const SKIP = /\.(csv|xlsx|json|svg|png|ico|css|js)(\?|$)|^\/(uitloggen|bijlagen|healthz|api\/)/

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/** Same-site links on a page, without fragments. */
function linksOf(html: string): string[] {
  const links: string[] = []
  for (const m of html.matchAll(/<a\s[^>]*href="(\/[^"#]*)/g)) {
    const href = decode(m[1] ?? '')
    if (!href.startsWith('//') && !SKIP.test(href)) links.push(href)
  }
  return links
}

/** The POST forms on a page: their action, and each field with the value the page rendered. */
export function formsOf(html: string, pagePath: string): PostForm[] {
  const forms: PostForm[] = []
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [tag, body] = [m[1] ?? '', m[2] ?? '']
    if ((attr(tag, 'method') ?? 'get').toLowerCase() !== 'post') continue
    const action = decode(attr(tag, 'action') ?? pagePath)
    if (SKIP.test(action)) continue
    const fields: [string, string][] = []
    const seen = new Set<string>()
    const add = (name: string | undefined, value: string) => {
      if (!name || seen.has(name)) return
      seen.add(name)
      fields.push([decode(name), decode(value)])
    }
    for (const input of body.matchAll(/<input\b[^>]*>/g)) {
      if (attr(input[0], 'type') === 'file') continue
      add(attr(input[0], 'name'), attr(input[0], 'value') ?? '')
    }
    for (const area of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g))
      add(attr(area[1] ?? '', 'name'), area[2] ?? '')
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      add(
        attr(select[1] ?? '', 'name'),
        /<option\b[^>]*value="([^"]*)"/.exec(select[2] ?? '')?.[1] ?? '',
      )
    }
    const intents = [...body.matchAll(/<button\b[^>]*>/g)].filter(
      (b) => attr(b[0], 'name') === 'intent',
    )
    if (intents.length === 0) forms.push({ action, fields })
    for (const button of intents)
      forms.push({ action, fields: [...fields, ['intent', attr(button[0], 'value') ?? '']] })
  }
  return forms
}

/** A link's shape: numbers in the path as N, the query by its parameter names only. */
function shapeOf(link: string): string {
  const [path = '', query = ''] = link.split('?')
  const names = [...new URLSearchParams(query).keys()].sort().join('&')
  return `${path.replace(/\d+/g, 'N')}?${names}`
}

/** Visit up to `limit` pages from `start`, breadth first; returns the pages and their distinct forms. */
export async function crawl(client: FuzzClient, cookie: string, start: string[], limit: number) {
  const queue = [...start]
  const seen = new Set<string>(queue)
  const pages: string[] = []
  const forms = new Map<string, PostForm>()
  const perParent = new Map<string, number>()
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift() as string
    const answer = await client.send(`GET ${path}`, { path, cookie })
    if (answer.status !== 200 || !answer.headers.get('content-type')?.includes('text/html'))
      continue
    pages.push(path)
    for (const form of formsOf(answer.body, path)) {
      // One of each kind: the same form on another agreement's page adds nothing.
      const key = `${shapeOf(form.action)} ${form.fields.map(([n, v]) => (n === 'intent' ? v : n)).join(',')}`
      if (!forms.has(key)) forms.set(key, form)
    }
    for (const link of linksOf(answer.body)) {
      // One page per shape, so 300 agreements or 40 filter links do not crowd out the other pages.
      const pattern = shapeOf(link)
      // And two pages at most under one parent: /regio/zwolle and one more region, not all 44.
      const parent = pattern.split('?')[0]?.replace(/\/[^/]*$/, '') ?? ''
      const siblings = (perParent.get(parent) ?? 0) + 1
      if (!seen.has(pattern) && (parent === '' || siblings <= 2)) {
        perParent.set(parent, siblings)
        seen.add(pattern)
        seen.add(link)
        queue.push(link)
      }
    }
  }
  return { pages, forms: [...forms.values()] }
}
