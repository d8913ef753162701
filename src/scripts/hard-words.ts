/**
 * Hard words: each is a button (`.wb-hardword__word`) that shows or hides its meaning
 * below the sentence it is in (the first time it opens, the meaning moves from beside the
 * word to the end of the word's paragraph, list item or hint, or to just after the
 * question or choice it is in), so the meaning never cuts a sentence in two.
 * Tap or click toggles; Enter and Space work because it is a real button; Escape closes
 * the open meaning and puts focus back on its word.
 */

const WORD = '.wb-hardword__word';

/** The meaning a hard-word button controls. */
function meaningOf(button: HTMLButtonElement): HTMLElement | null {
  const id = button.getAttribute('aria-controls');
  return id ? document.getElementById(id) : null;
}

/** Text that makes one block: the meaning goes at its end. */
const BLOCK = 'p,li,dd,dt,td,th,blockquote,figcaption,h1,h2,h3,h4,h5,h6,.wb-hint,.wb-choice__hint';
/** A question or a choice card: the meaning goes right after it (inside, it would become part of its name). */
const AFTER = 'legend,label';

/** Moves the meaning below the word's sentence, once. */
function placeBelow(button: HTMLButtonElement, meaning: HTMLElement): void {
  if (meaning.dataset['placed']) return;
  meaning.dataset['placed'] = 'below';
  const after = button.closest(AFTER);
  if (after) {
    after.after(meaning);
    return;
  }
  button.closest(BLOCK)?.append(meaning);
}

function setOpen(button: HTMLButtonElement, open: boolean): void {
  const meaning = meaningOf(button);
  if (!meaning) return;
  if (open) placeBelow(button, meaning);
  button.setAttribute('aria-expanded', String(open));
  meaning.hidden = !open;
}

/** The last word that was opened, for Escape when focus is somewhere else. */
let lastOpened: HTMLButtonElement | null = null;

/** Opens or closes the meaning of a hard word that was tapped. */
export function toggleHardWord(button: HTMLButtonElement): void {
  watchEscape();
  const open = button.getAttribute('aria-expanded') !== 'true';
  setOpen(button, open);
  lastOpened = open ? button : null;
}

let watching = false;

/** Escape closes the open meaning and puts focus back on its word. */
function watchEscape(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const focused = document.activeElement;
    const word = focused instanceof Element ? focused.closest<HTMLButtonElement>(WORD) : null;
    const meaning = focused instanceof Element ? focused.closest('.wb-hardword__meaning') : null;
    const button = word ?? (meaning ? document.querySelector<HTMLButtonElement>(`[aria-controls="${meaning.id}"]`) : null) ?? lastOpened;
    if (!button || button.getAttribute('aria-expanded') !== 'true') return;
    event.preventDefault();
    setOpen(button, false);
    lastOpened = null;
    button.focus();
  });
}

/**
 * Starts the hard-word buttons on this page (the guide's pages). Safe to call more than
 * once. Form pages load this file on the first tap of a word instead (page-help.ts).
 */
export function startHardWords(): void {
  if (document.documentElement.dataset['hardWords'] === 'on') return;
  document.documentElement.dataset['hardWords'] = 'on';
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(WORD) : null;
    if (button) toggleHardWord(button);
  });
}
