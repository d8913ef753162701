/**
 * Site-wide facts: the name, the main sections and their pictures. The header's
 * navigation and the home page's tiles are both drawn from `mainSections`.
 */
import type { PictureName } from '~/pictures';

/** The workbook's name, as it appears in titles and the header. */
export const siteName = 'Peer Mentor Workbook';

/** A main part of the site. */
export interface MainSection {
  /** Where it lives, with a trailing slash. */
  href: string;
  /** One to three words. */
  label: string;
  /** The tile's picture. */
  picture: PictureName;
  /** A short line under the tile's words on the home page. */
  blurb: string;
}

/** The main navigation, in order. */
export const mainSections: readonly MainSection[] = [
  { href: '/learn/', label: 'Learn', picture: 'books', blurb: 'What a peer mentor does' },
  { href: '/mentees/', label: 'My mentees', picture: 'people', blurb: 'Plans and meetings' },
  { href: '/internship/', label: 'Internship', picture: 'graduation', blurb: 'Your 90 hours' },
  { href: '/search/', label: 'Search', picture: 'magnifier', blurb: 'Find a page' },
  { href: '/hard-words/', label: 'Hard words', picture: 'abc', blurb: 'What words mean' },
  { href: '/settings/', label: 'Settings', picture: 'gear', blurb: 'Text size and colors' },
];

/** Builds a page title that says where you are: "Page – Section – Peer Mentor Workbook". */
export function pageTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), siteName].join(' – ');
}
