/**
 * The guide's pages and hard words in the language of the page being built. English pages
 * are `content/learn/<name>.mdx`, Spanish ones `content/learn/es/<name>.mdx`; a page keeps its
 * English name in every language (`/es/learn/my-role/`). Build-time only (astro:content).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { currentLocale, type Locale } from '~/i18n/locale';
import { isGuidePage, slugOf } from './order';

/** A page of the guide (or About, Help). */
export type LearnEntry = CollectionEntry<'learn'>;

const prefix = (locale: Locale): string => (locale === 'en' ? '' : `${locale}/`);

/** Every guide page (and About, Help) in `locale`. */
export async function learnPages(locale: Locale = currentLocale()): Promise<LearnEntry[]> {
  const all = await getCollection('learn');
  return all.filter((entry) => (locale === 'en' ? !entry.id.includes('/') : entry.id.startsWith(prefix(locale))));
}

/** The page named `name` (its English file name) in `locale`, or undefined. */
export async function learnPage(name: string, locale: Locale = currentLocale()): Promise<LearnEntry | undefined> {
  return getEntry('learn', `${prefix(locale)}${name}`);
}

/** `getStaticPaths` of /learn/<name>/ (not About and Help): the same page names in every language. */
export async function guidePagePaths(): Promise<{ params: { slug: string } }[]> {
  return (await learnPages('en')).filter(isGuidePage).map((page) => ({ params: { slug: slugOf(page) } }));
}

/** One hard word: its id (the same in every language), the word as written, its meaning and picture. */
export interface HardWordEntry {
  id: string;
  data: { term: string; meaning: string; picture?: string | undefined };
}

/** The hard-words list in `locale`. */
export async function hardWordList(locale: Locale = currentLocale()): Promise<HardWordEntry[]> {
  return locale === 'es' ? getCollection('hardWordsEs') : getCollection('hardWords');
}

/** One hard word in `locale`, or undefined. */
export async function hardWordEntry(id: string, locale: Locale = currentLocale()): Promise<HardWordEntry | undefined> {
  return locale === 'es' ? getEntry('hardWordsEs', id) : getEntry('hardWords', id);
}
