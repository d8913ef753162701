/**
 * The "Listen" buttons (ListenButton.astro): one listener for the whole page, kept tiny
 * because it loads with every page that has them. The reading code (listen-engine.ts)
 * loads on the first tap.
 *
 * Safari on iPad reads aloud only after a `speak()` made inside a tap, and the reading
 * code arrives after the tap. So the tap first says nothing (an empty, silent utterance):
 * that allows the speech that follows.
 */

/** Starts the "Listen" buttons on this page. Safe to call more than once. */
export function startListen(): void {
  const root = document.documentElement;
  if (root.dataset['listen'] === 'on') return;
  root.dataset['listen'] = 'on';
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-listen]') : null;
    if (!button) return;
    if ('speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function') {
      const silence = new SpeechSynthesisUtterance('');
      silence.volume = 0;
      window.speechSynthesis.speak(silence);
    }
    void import('./listen-engine').then((engine) => engine.listen(button));
  });
}
