/**
 * Ordering the Learn pages: which pages belong to the guide, in what order, and which
 * page comes before and after a given one. Pure functions, so they are unit tested.
 */
import type { MessageKey } from '~/i18n';
import { localePath } from '~/lib/urls';

/** The parts of a Learn entry these helpers need. */
export interface LearnLike {
  id: string;
  data: { title: string; order: number; section: string };
}

/** The parts of the guide that are read in order, first to last. */
export const guideSections = ['peer-mentor', 'supervisor'] as const;
export type GuideSection = (typeof guideSections)[number];

/** Headings of the guide's parts, as shown on the Learn page (catalog keys). */
export const sectionHeadings: Record<GuideSection, MessageKey> = {
  'peer-mentor': 'learn.forPeerMentors',
  supervisor: 'learn.forSupervisors',
};

/** True when the page is part of the guide (not About or Help). */
export function isGuidePage(page: LearnLike): boolean {
  return (guideSections as readonly string[]).includes(page.data.section);
}

/** Compares two pages by `order`, then by title, then by id, so the result never depends on file order. */
function byOrder(a: LearnLike, b: LearnLike): number {
  return (
    a.data.order - b.data.order ||
    a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' }) ||
    a.id.localeCompare(b.id)
  );
}

/** The pages of one section, in order. */
export function sectionPages<T extends LearnLike>(pages: readonly T[], section: string): T[] {
  return pages.filter((p) => p.data.section === section).sort(byOrder);
}

/** The whole guide in reading order: the peer-mentor pages, then the supervisor pages. */
export function guideOrder<T extends LearnLike>(pages: readonly T[]): T[] {
  return guideSections.flatMap((section) => sectionPages(pages, section));
}

/** The pages before and after `id` in `ordered` (undefined at either end, or when `id` is not there). */
export function neighbours<T extends LearnLike>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((p) => p.id === id);
  if (i < 0) return {};
  const previous = ordered[i - 1];
  const next = ordered[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** A page's name without its language folder: the same in every language (`es/my-role` → `my-role`). */
export function slugOf(page: { id: string }): string {
  return page.id.slice(page.id.lastIndexOf('/') + 1);
}

/** The address of a Learn page, in the page's own language. About and Help live at the top of the site. */
export function learnHref(page: LearnLike): string {
  const locale = page.id.startsWith('es/') ? 'es' : 'en';
  return isGuidePage(page) ? localePath(`/learn/${slugOf(page)}/`, locale) : localePath(`/${slugOf(page)}/`, locale);
}
