/**
 * Help on pages with records (forms, the mentee page, Internship, Settings): the "Listen"
 * buttons (ListenButton.astro) and hard words (HardText.astro). One listener for the
 * whole page, kept tiny because it loads with the page; the code that reads aloud
 * (listen-engine.ts) and the meanings of hard words (hard-word-meaning.ts) load on the first tap.
 *
 * Safari on iPad reads aloud only after a `speak()` made inside a tap, and the reading
 * code arrives after the tap. So a tap on "Listen" first says nothing (an empty, silent
 * utterance): that allows the speech that follows.
 */

/** Starts the Listen buttons and hard words on this page. Safe to call more than once. */
export function startPageHelp(): void {
  const root = document.documentElement;
  if (root.dataset['pageHelp'] === 'on') return;
  root.dataset['pageHelp'] = 'on';
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const listen = target?.closest<HTMLButtonElement>('[data-listen]');
    if (listen) {
      if ('speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function') {
        const silence = new SpeechSynthesisUtterance('');
        silence.volume = 0;
        speechSynthesis.speak(silence);
      }
      void import('./listen-engine').then((engine) => engine.listen(listen));
      return;
    }
    const word = target?.closest<HTMLButtonElement>('[data-hard-word]');
    if (word) void import('./hard-word-meaning').then((words) => words.toggleFormWord(word));
  });
}
