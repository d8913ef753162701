/**
 * Site-wide facts: the main sections and their pictures. The header's navigation and
 * the home page's tiles are both drawn from `mainSections`; their words are in the
 * catalog (`app.*`).
 */
import type { PictureName } from '~/pictures';
import { t, type MessageKey } from '~/i18n';

/** A main part of the site. */
export interface MainSection {
  /** Where it lives, with a trailing slash. */
  href: string;
  /** Its name, one to three words. */
  label: MessageKey;
  /** The tile's picture. */
  picture: PictureName;
  /** A short line under the tile's words on the home page. */
  blurb: MessageKey;
}

/** The main navigation, in order. */
export const mainSections: readonly MainSection[] = [
  { href: '/learn/', label: 'app.learn', picture: 'books', blurb: 'app.learnBlurb' },
  { href: '/mentees/', label: 'app.mentees', picture: 'people', blurb: 'app.menteesBlurb' },
  { href: '/internship/', label: 'app.internship', picture: 'graduation', blurb: 'app.internshipBlurb' },
  { href: '/search/', label: 'app.search', picture: 'magnifier', blurb: 'app.searchBlurb' },
  { href: '/hard-words/', label: 'app.hardWords', picture: 'abc', blurb: 'app.hardWordsBlurb' },
  { href: '/settings/', label: 'app.settings', picture: 'gear', blurb: 'app.settingsBlurb' },
];

/** Builds a page title that says where you are: "Page – Section – Peer Mentor Workbook". */
export function pageTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), t('app.name')].join(' – ');
}
