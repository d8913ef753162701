/**
 * The paper copy of a form (`/forms/<id>/paper/`). Without a query it is the blank
 * form. With `?record=<id>` it shows that record; with `?person=<id>` every record of
 * this form for that person, oldest first, one per printed page. Answers are written
 * with textContent only, so typed `<script>` or HTML shows as text.
 */
import { getForm } from '~/forms/on-page';
import { answerText } from '~/lib/forms/answer-text';
import { formatDate } from '~/lib/forms/dates';
import { allFields } from '~/lib/forms/fields';
import { formatLength, meetingLength } from '~/lib/forms/meeting-length';
import { isFieldVisible } from '~/lib/forms/visibility';
import type { FormDefinition, Signature } from '~/lib/forms/types';
import { getMentorProfile, getPerson, getRecord, listRecordsForPerson, toStorageError, type Person, type StoredRecord } from '~/lib/storage';
import { storageProblemText } from '~/lib/storage-words';

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

function setText(el: Element | null, text: string): void {
  if (el) el.textContent = text;
}

/** Writes one record's answers into a copy of the blank paper form. */
export function fillPaper(article: HTMLElement, def: FormDefinition, record: StoredRecord, person: Person | undefined, mentor: Person | undefined): void {
  const values = record.data;
  const date = typeof values['meetingDate'] === 'string' && values['meetingDate'] ? formatDate(values['meetingDate']) : '';
  setText(article.querySelector('[data-paper-heading]'), [person?.name, date].filter(Boolean).join(' – ') || def.title);
  setText(article.querySelector('[data-paper-person]'), person?.name ?? '');
  setText(article.querySelector('[data-paper-second]'), def.owner === 'mentee' ? (mentor?.name ?? '') : (mentor?.agency ?? ''));
  setText(article.querySelector('[data-paper-status]'), record.status === 'finished' ? 'Finished' : 'Not finished yet');
  article.querySelector('[data-paper-status-row]')?.removeAttribute('hidden');
  const start = values['startTime'];
  const end = values['endTime'];
  if (typeof start === 'string' && typeof end === 'string') {
    const length = meetingLength(start, end);
    setText(article.querySelector('[data-paper-length]'), length.minutes > 0 ? `Length: ${formatLength(length.minutes)} = ${length.units} ${length.units === 1 ? 'unit' : 'units'} of 15 minutes` : '');
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
    if (field.options) {
      const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const item of box.querySelectorAll<HTMLElement>('[data-paper-option]')) {
        const on = chosen.includes(item.dataset['paperOption'] ?? '');
        item.classList.toggle('wb-paper__option--chosen', on);
        setText(item.querySelector('[data-paper-box]'), on ? '☒' : '☐');
        setText(item.querySelector('[data-paper-choice-state]'), on ? 'Chosen:' : 'Not chosen:');
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
          img.alt = `${field.label}, drawn`;
          img.className = 'wb-paper__signature-image';
          answer.append(img);
        } else {
          const typed = document.createElement('p');
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
  const def = getForm(page.dataset['formId'] ?? '');
  const params = new URLSearchParams(location.search);
  const recordId = params.get('record');
  const personId = params.get('person');
  if (!def || (!recordId && !personId)) return;
  void fillFromStorage(page, def, recordId, personId);
}

async function fillFromStorage(page: HTMLElement, def: FormDefinition, recordId: string | null, personId: string | null): Promise<void> {
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
      setText(message, 'There is nothing saved to print yet. This is a blank form.');
      return;
    }
    const copies = records.map((record) => {
      const copy = template.cloneNode(true) as HTMLElement;
      fillPaper(copy, def, record, person, mentor);
      return copy;
    });
    list.replaceChildren(...copies);
    const back = page.querySelector<HTMLAnchorElement>('[data-paper-back]');
    if (back && person?.kind === 'mentee') back.href = `/mentees/view/?id=${encodeURIComponent(person.id)}`;
    setText(
      message,
      records.length === 1
        ? `This is the saved form${person ? ` for ${person.name}` : ''}. Press Print to print it.`
        : `These are ${records.length} saved forms${person ? ` for ${person.name}` : ''}, oldest first. Each one prints on its own page.`,
    );
    document.title = `${def.title}${person ? `: ${person.name}` : ''} – Peer Mentor Workbook`;
  } catch (e) {
    setText(message, storageProblemText(toStorageError(e)));
  }
}
