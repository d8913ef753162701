/**
 * Performance Evaluation by Mentee, mid-point and end side by side (pure, no storage).
 * For each point it takes the newest evaluation (by its date, then by when it was made).
 */
import { t } from '~/i18n/mentees';
import { formatDate, isValidDate } from '~/lib/forms/dates';
import { findField, findOption } from '~/lib/forms/fields';
import type { FormDefinition } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import type { PictureName } from '~/pictures';

/** The two points of the internship when the mentee is asked. */
type EvaluationPoint = 'mid-point' | 'end';

/** One answer on one side. */
export interface CompareAnswer {
  /** 'yes' | 'sometimes' | 'no', or '' when not answered. */
  value: string;
  /** "Yes", "Sometimes", "No", or "No answer". */
  label: string;
  picture: PictureName | undefined;
}

/** One evaluation (mid-point or end). */
export interface CompareSide {
  recordId: string;
  /** "30 June 2026", or "No date". */
  dateText: string;
  finished: boolean;
  comments: string;
  /** How many evaluations there are for this point (the newest is shown). */
  count: number;
}

/** One statement, both answers. */
interface CompareRow {
  name: string;
  statement: string;
  hint: string;
  mid: CompareAnswer;
  end: CompareAnswer;
}

/** The whole comparison. */
export interface MenteeComparison {
  mid: CompareSide | undefined;
  end: CompareSide | undefined;
  rows: CompareRow[];
}


function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function newest(records: readonly StoredRecord[]): StoredRecord | undefined {
  const key = (r: StoredRecord): string => `${isValidDate(text(r.data['evaluationDate'])) ? text(r.data['evaluationDate']) : ''}|${r.createdAt}`;
  return [...records].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0))[0];
}

/**
 * Mid-point and end answers side by side. `def` is the `mentee-evaluation` form;
 * `statementNames` its 6 statements (the fields of the `statements` section by default).
 */
export function compareMenteeEvaluations(def: FormDefinition, records: readonly StoredRecord[], statementNames?: readonly string[]): MenteeComparison {
  const names = statementNames ?? def.sections.find((s) => s.id === 'statements')?.fields.map((f) => f.name) ?? [];
  const ofPoint = (point: EvaluationPoint): StoredRecord[] => records.filter((r) => r.formId === def.id && r.data['point'] === point);
  const mids = ofPoint('mid-point');
  const ends = ofPoint('end');
  const midRecord = newest(mids);
  const endRecord = newest(ends);
  const side = (record: StoredRecord | undefined, count: number): CompareSide | undefined => {
    if (!record) return undefined;
    const date = text(record.data['evaluationDate']);
    return {
      recordId: record.id,
      dateText: isValidDate(date) ? formatDate(date) : t('mentees.compareNoDate'),
      finished: record.status === 'finished',
      comments: text(record.data['comments']),
      count,
    };
  };
  const answer = (record: StoredRecord | undefined, name: string): CompareAnswer => {
    const field = findField(def, name);
    const value = text(record?.data[name]);
    const option = field && value ? findOption(field, value) : undefined;
    return option ? { value, label: option.label, picture: option.picture } : { value: '', label: t('mentees.compareNoAnswer'), picture: undefined };
  };
  const rows = names.map((name): CompareRow => {
    const field = findField(def, name);
    return {
      name,
      statement: field?.label ?? name,
      hint: field?.hint ?? '',
      mid: answer(midRecord, name),
      end: answer(endRecord, name),
    };
  });
  return { mid: side(midRecord, mids.length), end: side(endRecord, ends.length), rows };
}

/** What the page says when one or both are missing ('' when both are there). */
export function missingText(comparison: MenteeComparison): string {
  const { mid, end } = comparison;
  if (!mid && !end) return t('mentees.compareNone');
  if (!mid) return t('mentees.compareNoMid');
  if (!end) return t('mentees.compareNoEnd');
  return '';
}
