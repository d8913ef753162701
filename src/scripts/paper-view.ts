/**
 * The paper copy of a form (`/forms/<id>/paper/`). Without a query it is the blank
 * form. With `?record=<id>` it shows that record; with `?person=<id>` every record of
 * this form for that person, oldest first, one per printed page. Answers are written
 * with textContent only, so typed `<script>` or HTML shows as text.
 */
import '~/forms/storage-setup';
import { loadForm } from '~/forms/load';
import { t } from '~/i18n/form-paper';
import { t as tPage } from '~/i18n/form-story';
import { dayOf } from '~/lib/session/record-story';
import { answerText } from '~/lib/forms/answer-text';
import { formatDate } from '~/lib/forms/dates';
import { allFields, officialWords, optionsOf } from '~/lib/forms/fields';
import type { FormModule } from '~/lib/forms/module';
import { isFieldVisible } from '~/lib/forms/visibility';
import type { Signature } from '~/lib/forms/types';
import { menteeHref } from '~/lib/urls';
import {
  getMentorProfile,
  getPerson,
  getRecord,
  isPendingCorrection,
  isSignedAgain,
  listRecordsForPerson,
  toStorageError,
  type Person,
  type StoredRecord,
} from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

function setText(el: Element | null, text: string): void {
  if (el) el.textContent = text;
}

/**
 * Signed means sealed, on paper: a correction says in words that it was changed after
 * signing, when, what, and whether it was signed again; a version with a newer one says
 * it was replaced, or that a change is started and not signed yet.
 */
function fillChanged(article: HTMLElement, record: StoredRecord, newer: StoredRecord | undefined): void {
  const box = article.querySelector<HTMLElement>('[data-paper-changed]');
  if (!box) return;
  const line = (text: string, className = ''): HTMLParagraphElement => {
    const p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    return p;
  };
  const lines: HTMLElement[] = [];
  if (newer?.correction) {
    lines.push(isPendingCorrection(newer)
      ? line(tPage('formStory.paper.pending'), 'wb-paper__changed-title')
      : line(tPage('formStory.paper.replaced', { date: dayOf(newer.finishedAt ?? newer.correction.at) }), 'wb-paper__changed-title'));
  }
  if (record.correction) {
    lines.push(
      line(tPage('formStory.paper.changedTitle'), 'wb-paper__changed-title'),
      line(tPage('formStory.paper.changedOn', { date: dayOf(record.correction.at) })),
      line(tPage('formStory.paper.changedWhat', { reason: record.correction.reason })),
      isSignedAgain(record) ? line(tPage('formStory.paper.signedAgain')) : line(tPage('formStory.paper.notSignedAgain'), 'wb-paper__not-signed'),
    );
  }
  if (lines.length === 0) return;
  box.replaceChildren(...lines);
  box.hidden = false;
}

/** The paper's "Status": a correction finished but not signed again is not called finished. */
function paperStatus(record: StoredRecord): string {
  if (record.status !== 'finished') return t('forms.paper.notFinished');
  return record.correction && !isSignedAgain(record) ? t('forms.paper.finishedNotSigned') : t('forms.paper.finished');
}

/** Writes one record's answers into a copy of the blank paper form (also used by the period print, `src/lib/print/`). */
export function fillPaper(article: HTMLElement, form: FormModule, record: StoredRecord, person: Person | undefined, mentor: Person | undefined, newer?: StoredRecord): void {
  const def = form.definition;
  const values = record.data;
  const recordDate = form.record.recordDate(values);
  const date = recordDate ? formatDate(recordDate) : '';
  setText(article.querySelector('[data-paper-heading]'), [person?.name, date].filter(Boolean).join(' – ') || def.title);
  setText(article.querySelector('[data-paper-person]'), person?.name ?? '');
  if (person?.name) for (const place of article.querySelectorAll('[data-paper-name]')) setText(place, person.name);
  setText(article.querySelector('[data-paper-second]'), def.owner === 'mentee' ? (mentor?.name ?? '') : (mentor?.agency ?? ''));
  setText(article.querySelector('[data-paper-status]'), paperStatus(record));
  article.querySelector('[data-paper-status-row]')?.removeAttribute('hidden');
  fillChanged(article, record, newer);
  for (const derived of form.derived ?? []) {
    setText(article.querySelector(`[data-paper-derived="${CSS.escape(derived.id)}"]`), derived.paperText(values, { mentor, definition: def }));
  }
  article.classList.add('wb-paper--filled');

  for (const field of allFields(def)) {
    const box = article.querySelector<HTMLElement>(`[data-paper-field="${CSS.escape(field.name)}"]`);
    if (!box) continue;
    if (!isFieldVisible(field, values, def)) {
      box.remove();
      continue;
    }
    box.querySelector('[data-paper-condition]')?.remove();
    const value = values[field.name];
    if (optionsOf(field).length > 0) {
      const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const item of box.querySelectorAll<HTMLElement>('[data-paper-option]')) {
        const on = chosen.includes(item.dataset['paperOption'] ?? '');
        item.classList.toggle('wb-paper__option--chosen', on);
        setText(item.querySelector('[data-paper-box]'), on ? '☒' : '☐');
        setText(item.querySelector('[data-paper-choice-state]'), on ? t('forms.paper.chosen') : t('forms.paper.notChosen'));
      }
      continue;
    }
    const answer = box.querySelector<HTMLElement>('[data-paper-answer]');
    if (!answer) continue;
    if (field.kind === 'signature') {
      if (isSignature(value) && value.value.trim()) {
        answer.replaceChildren();
        if (value.kind === 'drawn') {
          const img = document.createElement('img');
          img.src = value.value;
          img.alt = t('forms.paper.drawn', { label: officialWords(field) });
          img.className = 'wb-paper__signature-image';
          answer.append(img);
        } else {
          // A name written out, not a paragraph: a <p> in large italics reads as a heading.
          const typed = document.createElement('span');
          typed.className = 'wb-paper__typed-signature';
          typed.textContent = value.value;
          answer.append(typed);
        }
        const when = document.createElement('p');
        when.className = 'wb-paper__signed';
        when.textContent = answerText(field, value);
        answer.append(when);
      }
      continue;
    }
    const text = answerText(field, value);
    if (text) {
      answer.replaceChildren();
      answer.classList.add('wb-paper__answer--filled');
      answer.textContent = text;
    }
  }
}

/** Starts the paper page: leaves the blank form, or fills copies of it from storage. */
export function startPaperView(): void {
  const page = document.querySelector<HTMLElement>('[data-paper-page]');
  document.querySelector('[data-print-button]')?.addEventListener('click', () => window.print());
  if (!page) return;
  const params = new URLSearchParams(location.search);
  const recordId = params.get('record');
  const personId = params.get('person');
  if (!recordId && !personId) return;
  void loadForm(page.dataset['formId'] ?? '').then((form) => (form ? fillFromStorage(page, form, recordId, personId) : undefined));
}

async function fillFromStorage(page: HTMLElement, form: FormModule, recordId: string | null, personId: string | null): Promise<void> {
  const def = form.definition;
  const message = page.querySelector('[data-paper-message]');
  const list = page.querySelector<HTMLElement>('[data-paper-list]');
  const template = list?.querySelector<HTMLElement>('[data-paper]');
  if (!list || !template) return;
  try {
    let records: StoredRecord[];
    if (recordId) {
      const record = await getRecord(recordId);
      records = record ? [record] : [];
    } else {
      records = (await listRecordsForPerson(personId ?? '', { formId: def.id })).reverse();
    }
    const pid = records[0]?.personId ?? personId ?? '';
    const [person, mentor] = await Promise.all([pid ? getPerson(pid) : undefined, getMentorProfile()]);
    if (records.length === 0) {
      setText(message, t('forms.paper.nothingSaved'));
      return;
    }
    const newer = await Promise.all(records.map((r) => (r.supersededBy ? getRecord(r.supersededBy) : Promise.resolve(undefined))));
    const copies = records.map((record, i) => {
      const copy = template.cloneNode(true) as HTMLElement;
      fillPaper(copy, form, record, person, mentor, newer[i]);
      return copy;
    });
    list.replaceChildren(...copies);
    const back = page.querySelector<HTMLAnchorElement>('[data-paper-back]');
    if (back && person?.kind === 'mentee') back.href = menteeHref(person.id);
    setText(
      message,
      records.length === 1
        ? person ? t('forms.paper.savedOneFor', { name: person.name }) : t('forms.paper.savedOne')
        : person ? t('forms.paper.savedManyFor', { count: records.length, name: person.name }) : t('forms.paper.savedMany', { count: records.length }),
    );
    // No name in the title: it stays in the browser's history and names the PDF file.
    document.title = t('forms.paper.documentTitle', { title: def.title });
  } catch (e) {
    setText(message, await storageProblemText(toStorageError(e)));
  }
}
