/**
 * Hard words: each is a button (`.wb-hardword__word`) that shows or hides its meaning
 * right after it. Tap or click toggles; Enter and Space work because it is a real
 * button; Escape closes the open meaning and puts focus back on its word.
 * One listener for the whole page, so it costs almost nothing.
 */

const WORD = '.wb-hardword__word';

/** The meaning a hard-word button controls. */
function meaningOf(button: HTMLButtonElement): HTMLElement | null {
  const id = button.getAttribute('aria-controls');
  return id ? document.getElementById(id) : null;
}

function setOpen(button: HTMLButtonElement, open: boolean): void {
  const meaning = meaningOf(button);
  if (!meaning) return;
  button.setAttribute('aria-expanded', String(open));
  meaning.hidden = !open;
}

/** The last word that was opened, for Escape when focus is somewhere else. */
let lastOpened: HTMLButtonElement | null = null;

/** Starts the hard-word buttons on this page. Safe to call more than once. */
export function startHardWords(): void {
  if (document.documentElement.dataset['hardWords'] === 'on') return;
  document.documentElement.dataset['hardWords'] = 'on';

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(WORD) : null;
    if (!button) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(button, open);
    lastOpened = open ? button : null;
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const focused = document.activeElement;
    const holder = focused instanceof Element ? focused.closest('.wb-hardword') : null;
    const button = holder?.querySelector<HTMLButtonElement>(WORD) ?? lastOpened;
    if (!button || button.getAttribute('aria-expanded') !== 'true') return;
    event.preventDefault();
    setOpen(button, false);
    lastOpened = null;
    button.focus();
  });
}
