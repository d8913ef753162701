/**
 * Records named in Easy Read: "the meeting on 3 May 2026", "14 meetings". Small, because
 * every form page loads it (for the delete question).
 */
import type { StoredRecord } from '~/lib/storage';
import { formatDate, isValidDate, toLocalDate } from '~/lib/forms/dates';

/** How to name a form's records: one and many. */
interface Noun {
  one: string;
  many: string;
}

const nouns: Readonly<Record<string, Noun>> = {
  encounter: { one: 'meeting', many: 'meetings' },
  'individual-plan': { one: 'plan', many: 'plans' },
  'mentoring-agreement': { one: 'mentoring agreement', many: 'mentoring agreements' },
  'mentee-evaluation': { one: 'evaluation by a mentee', many: 'evaluations by mentees' },
  'internship-evaluation': { one: 'internship evaluation', many: 'internship evaluations' },
  'exit-interview-mentor': { one: 'exit interview', many: 'exit interviews' },
  'exit-interview-supervisor': { one: 'exit interview with the supervisor', many: 'exit interviews with the supervisor' },
  'time-log-entry': { one: 'time log entry', many: 'time log entries' },
  'time-log-review': { one: 'time log review', many: 'time log reviews' },
};

/** The order forms are listed in (most common first); other forms come after, by id. */
export const formOrder = Object.keys(nouns);

/** "1 meeting", "3 meetings" (numbers as digits: easier to read). */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function nounOf(formId: string): Noun {
  return nouns[formId] ?? { one: 'form', many: 'forms' };
}

/** A form's records counted: "1 meeting", "14 meetings", "2 forms" for an unknown form. */
export function countRecords(formId: string, n: number, adjective = ''): string {
  const noun = nounOf(formId);
  const before = adjective ? `${adjective} ` : '';
  return count(n, before + noun.one, before + noun.many);
}

/** The noun for one record of a form: "meeting", or "form" when unknown. */
export function recordNoun(formId: string): string {
  return nounOf(formId).one;
}

/** The date a record is about: its first filled date answer, else the day it was made. */
export function recordDate(record: Pick<StoredRecord, 'data' | 'createdAt'>, dateFields: readonly string[]): string {
  for (const name of dateFields) {
    const value = record.data[name];
    if (typeof value === 'string' && isValidDate(value)) return formatDate(value);
  }
  const made = new Date(record.createdAt);
  return Number.isNaN(made.getTime()) ? '' : formatDate(toLocalDate(made));
}

/** A record named in words, e.g. "the meeting on 3 May 2026". */
export function recordName(record: Pick<StoredRecord, 'formId' | 'data' | 'createdAt'>, dateFields: readonly string[]): string {
  const date = recordDate(record, dateFields);
  const noun = `the ${recordNoun(record.formId)}`;
  return date ? `${noun} on ${date}` : noun;
}

/** Capital first letter, for the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

