/**
 * Styles a page needs but does not carry. Every page's CSS is inlined in its HTML, and a
 * page gets only the stylesheets its components import: guide pages and Home leave out
 * `src/styles/forms.css` (fields, choice cards, errors, dialogs), so their HTML is smaller
 * before the first paint. This finds the page that uses one of those classes without them.
 */

/** Class names a stylesheet styles (`.wb-input` in any selector), in order, once each. */
export function styledClasses(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...withoutComments.matchAll(/([^{}]+)\{/g)].map((m) => m[1] ?? '');
  const names = selectors.flatMap((selector) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));
  return [...new Set(names)];
}

/** Class names written in a page's `class="…"` attributes, and the names in Alpine's `x-bind:class` expressions. */
export function htmlClasses(html: string): Set<string> {
  const names = [...html.matchAll(/(?:^|\s)(x-bind:|:)?class\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].flatMap((m) =>
    (m[2] ?? m[3] ?? '').split(m[1] ? /[^\w-]+/ : /\s+/),
  );
  return new Set(names.filter(Boolean));
}

/**
 * The classes of `sheet` that the page uses (in its HTML, or given to elements by the scripts it loads)
 * but that none of its inline `<style>` blocks styles.
 * @param scripts the text of the page's first-load scripts (they may build markup).
 */
export function missingClasses(html: string, sheet: string, scripts: readonly string[] = []): string[] {
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('\n');
  const has = new Set(styledClasses(inline));
  const used = htmlClasses(html);
  // A script gives an element the class (`className = '…'`, `classList.add('…')`, `class="…"` in a
  // template), not only looks for it (`querySelector('.wb-hint')`).
  const named = (name: string): boolean =>
    scripts.some((code) =>
      new RegExp(`(class(Name)?\\s*[=:]\\s*["'\`][^"'\`]*|classList\\.(add|toggle|replace)\\([^)]*)(?<![\\w-])${name}(?![\\w-])`).test(code),
    );
  return styledClasses(sheet).filter((name) => !has.has(name) && (used.has(name) || named(name)));
}
