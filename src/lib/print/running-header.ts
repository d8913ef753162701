/**
 * The running header and page numbers of a period print, as CSS paged media: each record
 * gets a named page (`page: wb-record-3`) whose top margin box holds its own header (form
 * title, mentee, date), and every page's bottom right says "Page X of Y". Chromium draws
 * `@page` margin boxes since version 131; a browser without them prints the same pages
 * without header and numbers (each record still starts with its title), so nothing breaks.
 * The page adds this text as a constructed style sheet (CSSOM), which the site's
 * Content Security Policy allows, unlike a `<style>` element made at run time.
 */

/** A text as a quoted CSS string: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;
}

/**
 * The `content` value for "Page {page} of {pages}" in any language: the words as strings,
 * the two placeholders as the page counters.
 */
export function pageCounterContent(message: string): string {
  const parts = message.split(/(\{page\}|\{pages\})/).filter((part) => part !== '');
  return parts.map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part))).join(' ');
}

/** The name of record `index`'s page (`page: …` on its element). */
export function recordPageName(index: number): string {
  return `wb-record-${index}`;
}

/**
 * The style sheet: "Page X of Y" on every page, and one named page per header.
 * @param headers each record's header, in print order
 * @param pageMessage the catalog's "Page {page} of {pages}"
 */
export function runningHeaderCss(headers: readonly string[], pageMessage: string): string {
  const box = 'font-size: 9pt; color: #000000; font-family: system-ui, sans-serif;';
  const pages = `@page { @bottom-right { content: ${pageCounterContent(pageMessage)}; ${box} } }`;
  const named = headers.map((header, i) => `@page ${recordPageName(i)} { @top-left { content: ${cssString(header)}; ${box} } }`);
  return [pages, ...named].join('\n');
}
