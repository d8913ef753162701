/**
 * On every page: starts the service worker (offline use), offers a new version with a
 * Reload button (never reloads by itself, and waits for typing to be saved), and shows
 * a calm notice while there is no internet, and makes the language link keep the page's place. Its words are in the page (from the
 * catalog at build time), so this script, on every page, carries no catalog.
 */

/** The attribute of `<html>` a form page sets while typing waits to be saved (`unsaved-work.ts`). */
const UNSAVED_WORK = 'data-unsaved-work';
const hasUnsavedWork = (): boolean => document.documentElement.hasAttribute(UNSAVED_WORK);

function showOffline(): void {
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (notice) notice.hidden = navigator.onLine;
}

/** Reloads once typing is saved and the new version has taken over. */
function reloadInto(waiting: ServiceWorker): void {
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  const activate = () => waiting.postMessage({ type: 'SKIP_WAITING' });
  if (!hasUnsavedWork()) {
    activate();
    return;
  }
  const watch = new MutationObserver(() => {
    if (hasUnsavedWork()) return;
    watch.disconnect();
    activate();
  });
  watch.observe(document.documentElement, { attributes: true, attributeFilter: [UNSAVED_WORK] });
}

function offerUpdate(waiting: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const button = notice?.querySelector<HTMLButtonElement>('button');
  if (!notice || !button) return;
  notice.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = button.dataset['reloading'] ?? button.textContent;
    reloadInto(waiting);
  }, { once: true });
}

async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      // A waiting worker while a page is controlled means a new version, not the first install.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    };
    check();
    worker.addEventListener('statechange', check);
  };
  watch(registration.waiting);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // A page in another language than English: the worker caches every page of that language now
  // (they are not in the install's precache: see src/build/service-worker.ts).
  const lang = document.documentElement.lang;
  if (lang && lang !== 'en') (await navigator.serviceWorker.ready).active?.postMessage({ type: 'CACHE_LANGUAGE', lang });
}

/**
 * The language links (and the paper copies' "print it in the other language"): keep the
 * page's query and place (an open record, a mentee) on the way to the other language; the
 * language links also remember the choice, so Home opens in it next time
 * (`early-settings.js` reads `wb.lang`).
 */
function startLanguageLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-language-link], a[data-keep-query]');
    if (!link) return;
    const url = new URL(link.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
    if (link.dataset['languageLink'] === undefined) return;
    try {
      localStorage.setItem('wb.lang', link.dataset['languageLink'] ?? 'en');
    } catch {
      // Storage blocked: the link still works; the choice is just not remembered.
    }
  });
}

showOffline();
startLanguageLinks();
addEventListener('online', showOffline);
addEventListener('offline', showOffline);
startServiceWorker().catch(() => {
  // Without a service worker the site still works online; nothing to tell the user.
});
