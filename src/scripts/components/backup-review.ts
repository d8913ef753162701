/**
 * The review before a backup file is opened (Settings): the records and mentees the file
 * would replace, each with "Keep mine", and the signed ones that stay. Plain DOM, text
 * only: nothing from the file becomes markup.
 */
import { t } from '~/i18n/settings';
import type { ReviewLine } from '~/lib/backup-ui/words';

/** Fills a list with one item per line; with `keep`, each item gets a "Keep mine" checkbox. */
export function fillReviewList(list: HTMLElement | null, lines: readonly ReviewLine[], keep: boolean): void {
  if (!list) return;
  const prefix = list.dataset['ssList'] ?? 'review';
  list.replaceChildren(
    ...lines.map((line, i) => {
      const item = document.createElement('li');
      const what = document.createElement('p');
      what.className = 'wb-strong';
      what.id = `${prefix}-${String(i)}`;
      what.textContent = line.what;
      const when = document.createElement('p');
      when.textContent = line.when;
      item.append(what, when);
      if (keep) {
        const label = document.createElement('label');
        label.className = 'wb-choice';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = line.id;
        // "Keep mine" is the same words in every item: the record it is for describes it.
        box.setAttribute('aria-describedby', what.id);
        const words = document.createElement('span');
        words.className = 'wb-choice__label';
        words.textContent = t('settings.keepMine');
        label.append(box, words);
        item.append(label);
      }
      return item;
    }),
  );
}

/** The ids whose "Keep mine" is ticked in a list filled by `fillReviewList`. */
export function keptIds(list: HTMLElement | null): string[] {
  return [...(list?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])].map((box) => box.value);
}
