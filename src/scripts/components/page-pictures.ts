/**
 * Picture URLs by picture name, embedded in the page at build time
 * (`<script type="application/json" data-picture-urls>`, one or more blocks), so a page's
 * script does not carry the whole picture registry.
 */
let urls: Record<string, string> | undefined;

/** The URL of a picture the page embedded, or '' when it did not. */
export function pictureSrc(name: string): string {
  if (!urls) {
    urls = {};
    for (const block of document.querySelectorAll('script[data-picture-urls]')) {
      try {
        Object.assign(urls, JSON.parse(block.textContent || '{}') as Record<string, string>);
      } catch {
        // A broken block only loses its pictures.
      }
    }
  }
  return urls[name] ?? '';
}
