/**
 * A moment in messages: "Sunday, November 22 at 2:05 PM" (day and time come from Intl).
 * Apart from the rest, so form pages can carry these two without the whole area.
 */
export const appMoments = {
  'app.moment': '{day} at {time}',
  'app.momentUnknown': 'earlier',
} as const;

/**
 * Said when the words for a problem cannot be loaded: they load only when the problem happens
 * (`src/lib/storage-words.ts`), and a tablet offline before it kept them has only these.
 * Short, and on every page that can have the problem.
 */
export const appProblems = {
  'app.problemFallback': 'Something went wrong. Please try again. If it still does not work, ask your supervisor for help.',
} as const;

/** Words for the site's frame: name, menu, page titles, notices, dates. */
export const app = {
  'app.name': 'Peer Mentor Workbook',
  'app.description': 'An Easy Read workbook for peer mentors.',
  'app.skipLink': 'Skip to main content',
  'app.offline': 'No internet. Everything still works, and is saved on this tablet.',
  'app.updateReady': 'A new version of the workbook is ready.',
  'app.reload': 'Reload',
  'app.reloading': 'Reloading…',
  'app.mainMenu': 'Main',
  'app.breadcrumbs': 'You are here',
  'app.backTo': 'Back to {page}',
  'app.footerPromise': 'Your records stay on this tablet. Nothing is sent anywhere.',
  'app.aboutLink': 'About this workbook',
  'app.helpLink': 'Help',

  // The language link on every page, and on Home. Each language's words are shown in that
  // language: an English page links to Spanish with the Spanish catalog's words.
  'app.languageName': 'English',
  'app.languageLinkLabel': 'Read this page in English',
  'app.homeLanguage': 'Read the workbook in English',

  // The main parts of the site: menu, home page tiles and page titles.
  'app.home': 'Home',
  'app.learn': 'Learn',
  'app.learnBlurb': 'What a peer mentor does',
  'app.mentees': 'My mentees',
  'app.menteesBlurb': 'Plans and meetings',
  'app.internship': 'Internship',
  'app.internshipBlurb': 'Your 90 hours',
  'app.search': 'Search',
  'app.searchBlurb': 'Find a page',
  'app.hardWords': 'Hard words',
  'app.hardWordsBlurb': 'What words mean',
  'app.settings': 'Settings',
  'app.settingsBlurb': 'Text size and colors',

  // The home page.
  'app.homeDescription': 'An Easy Read workbook for peer mentors. Learn your role. Fill in plans and meeting forms with your mentee.',
  'app.homeHeading': 'Welcome to your workbook',
  'app.homeLead': 'Learn how to be a peer mentor.\nFill in forms with your mentee.\nEverything stays on this tablet.',

  ...appMoments,
  ...appProblems,
} as const;
