import { micromark } from 'micromark'

// micromark's defaults already escape raw HTML and drop unsafe URLs (javascript:, data:, …); turning
// the raw-HTML constructs off as well means `<script>` in an agreement is plain, visible text.
const NO_RAW_HTML = { disable: { null: ['htmlFlow', 'htmlText'] } }

/**
 * An agreement's Markdown as HTML, rendered on the server with raw HTML off: the result holds only
 * the elements micromark makes itself (paragraphs, headings, lists, emphasis, links, code), so a page
 * may insert it as is.
 */
export function renderMarkdown(text: string): string {
  return micromark(text, { extensions: [NO_RAW_HTML] })
}
