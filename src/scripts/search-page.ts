/**
 * The Search page. Pagefind (made in dist/pagefind/ after the build) is loaded only
 * here, on first use, with a dynamic import that the bundler leaves alone.
 *
 * - Results show after typing pauses (half a second), or at once on Search / Enter.
 * - The number of results is said in a polite live region, once, not on every key.
 * - Excerpts are built from text nodes: only Pagefind's <mark> survives, as our own element.
 * - Arrow Down from the box goes to the first result; Arrow Up and Down move between
 *   results; Arrow Up from the first result goes back to the box.
 * - /search/?q=word runs the search on load, so the form also works as a plain GET form.
 * - What is typed is turned into the workbook's words first (`searchTerms`: "present" → "gift").
 */
import { t } from '~/i18n/learn';
import { excerptParts } from '~/lib/learn/excerpt';
import { searchTerms } from '~/lib/learn/search-words';

interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

/** What a result shows: where it goes, its name and a short piece of its text. */
interface Shown {
  url: string;
  title: string;
  excerpt: string;
}

/** How long typing must pause before the search runs and the count is said. */
const TYPING_PAUSE_MS = 500;
/** Most results shown. */
const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ path)) as Pagefind;
    await module.options({ excerptLength: 24 });
    await module.init?.();
    return module;
  })();
  return pagefind;
}

const score = (sub: SubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * A page's result. On the Hard words page, the result goes straight to the best
 * matching word (its heading has the word's id), e.g. "rapport – Hard words".
 */
function toShown(data: ResultData): Shown {
  const title = data.meta['title'] ?? data.url;
  if (/^(\/es)?\/hard-words\//.test(data.url)) {
    const best = (data.sub_results ?? []).filter((s) => s.url.includes('#') && !s.url.includes('#letter')).sort((a, b) => score(b) - score(a))[0];
    if (best) return { url: best.url, title: `${best.title} – ${title}`, excerpt: best.excerpt };
  }
  return { url: data.url, title, excerpt: data.excerpt };
}

/** The excerpt as DOM nodes: text, and <mark> for the matching words. Never parses HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map((part) => {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/** "3 pages found for “gift”." */
function countMessage(count: number, query: string): string {
  return count === 0 ? t('learn.foundNone', { query }) : t('learn.found', { count, query });
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const box = document.querySelector<HTMLInputElement>('[data-search-box]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const section = document.querySelector<HTMLElement>('[data-search-results]');
  const list = document.querySelector<HTMLOListElement>('[data-search-list]');
  const tips = document.querySelector<HTMLElement>('[data-search-tips]');
  if (!form || !box || !status || !section || !list || !tips) return;

  let timer: number | undefined;
  let latest = 0;

  const say = (message: string) => {
    // Say it again even when the words are the same as last time.
    if (status.textContent === message) status.textContent = '';
    window.setTimeout(() => (status.textContent = message), status.textContent ? 0 : 50);
  };

  const clear = () => {
    list.replaceChildren();
    section.hidden = true;
    tips.hidden = true;
  };

  const run = async (query: string): Promise<void> => {
    const id = ++latest;
    const q = query.trim();
    if (!q) {
      clear();
      status.textContent = '';
      return;
    }
    let shown: Shown[];
    try {
      const search = await (await loadPagefind()).search(searchTerms(q));
      const results = search?.results.slice(0, MAX_RESULTS) ?? [];
      shown = (await Promise.all(results.map((r) => r.data()))).map(toShown);
    } catch {
      if (id !== latest) return;
      clear();
      say(t('learn.searchBroken'));
      return;
    }
    if (id !== latest) return;
    list.replaceChildren(
      ...shown.map((s) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'wb-result__link';
        link.href = s.url;
        link.textContent = s.title;
        const excerpt = document.createElement('p');
        excerpt.className = 'wb-result__excerpt';
        excerpt.append(...excerptNodes(s.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    section.hidden = shown.length === 0;
    tips.hidden = shown.length > 0;
    say(countMessage(shown.length, q));
  };

  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>('a.wb-result__link'));

  box.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(box.value), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    const url = new URL(window.location.href);
    if (box.value.trim()) url.searchParams.set('q', box.value.trim());
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    void run(box.value);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const to = event.key === 'ArrowDown' ? all[Math.min(at + 1, all.length - 1)] : at === 0 ? box : all[at - 1];
    to?.focus();
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    box.value = initial;
    void run(initial);
  } else {
    // Start loading the index while the reader types.
    void loadPagefind().catch(() => undefined);
  }
}
