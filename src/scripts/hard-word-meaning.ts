/**
 * Hard words on form pages (HardText.astro): the page carries only the word buttons, and
 * their meanings come from the hard-words list when a word is first tapped. This file
 * loads on that tap (page-help.ts), so a long form does not carry every meaning. The
 * meaning is the same as the guide's (HardWord.astro): term, meaning, "All hard words".
 */
import list from '../../content/hard-words.json';
import { t } from '~/i18n/learn';
import { hardWordHref } from '~/lib/urls';
import { toggleHardWord } from './hard-words';

let made = 0;

/** Makes the meaning of `button`'s word (hidden, next to it) the first time, then opens or closes it. */
export function toggleFormWord(button: HTMLButtonElement): void {
  const id = button.dataset['hardWord'] ?? '';
  const entry = list.find((word) => word.id === id);
  if (!button.hasAttribute('aria-controls') && entry) {
    const meaning = document.createElement('span');
    meaning.className = 'wb-hardword__meaning';
    meaning.id = `hard-word-meaning-${(made += 1)}`;
    meaning.hidden = true;
    const term = document.createElement('strong');
    term.className = 'wb-hardword__term';
    term.textContent = entry.term;
    const link = document.createElement('a');
    link.href = hardWordHref(id);
    link.textContent = t('learn.allHardWords');
    meaning.append(term, ': ', entry.meaning, ' ', link);
    button.after(meaning);
    button.setAttribute('aria-controls', meaning.id);
  }
  toggleHardWord(button);
}
