/** Learn pages, hard words, read-aloud and search. */
export const learn = {
  // The Learn page and the guide's pages.
  'learn.description': 'Learn what a peer mentor does. Short pages with pictures.',
  'learn.lead': 'Learn what a peer mentor does.\nPick a page to read.',
  'learn.forPeerMentors': 'For peer mentors',
  'learn.forSupervisors': 'For supervisors and agencies',
  'learn.aboutThisPage': 'This page is about',
  'learn.contents': 'Contents of this part',
  'learn.youAreHere': 'You are here',
  'learn.prevNext': 'Previous and next page',
  'learn.previous': 'Previous page',
  'learn.next': 'Next page',

  // Read aloud and print.
  'learn.readAloud': 'Read this page aloud',
  'learn.readAgain': 'Start again',
  'learn.pause': 'Pause',
  'learn.resume': 'Resume',
  'learn.stop': 'Stop',
  'learn.print': 'Print this page',
  'learn.reading': 'Reading…',
  'learn.paused': 'Paused',
  'learn.stopped': 'Stopped',
  'learn.finished': 'Finished. That is the end of the page.',
  'learn.readFailed': 'Stopped. The tablet could not read this page aloud.',

  // Hard words.
  'learn.allHardWords': 'All hard words',
  'learn.hardWordsDescription': 'What the hard words in this workbook mean, from A to Z.',
  'learn.hardWordsLead': 'Some words in this workbook are hard.\nHere is what they mean, from A to Z.',
  'learn.goToLetter': 'Go to a letter',
  'learn.letter': 'Letter {letter}',
  'learn.backToLetters': 'Back to the letters',

  // Search.
  'learn.searchDescription': 'Search the workbook for a word.',
  'learn.searchLabel': 'Search the workbook',
  'learn.searchHint': 'Type a word, like gift or 90 hours.',
  'learn.searchNoScript': 'Search needs JavaScript. Turn it on in your browser, or use the {learn} and {hardWords} pages.',
  'learn.results': 'Results',
  'learn.found': { one: '{count} page found for “{query}”.', other: '{count} pages found for “{query}”.' },
  'learn.foundNone': 'No pages found for “{query}”.',
  'learn.searchBroken': 'Search is not working right now. Please try again later.',
  'learn.tips': 'Tips',
  'learn.tipSpelling': 'Check the spelling.',
  'learn.tipOneWord': 'Try one word, like {word}.',
  'learn.tipOneWordExample': 'mentee',
  'learn.tipOtherWord': 'Try a different word that means the same.',
  'learn.tipLook': 'Look in {learn} or {hardWords}.',
} as const;
