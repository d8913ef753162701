/**
 * What the supervisor view shows for each peer mentor's handover file, and the billing
 * summary per agency and month (with its CSV). Headless: the forms' modules come in.
 *
 * Per peer mentor: internship hours against the goal and face-to-face against half (from
 * the file's summary: hours so far are not in one period's records), evaluations done
 * or missing, meetings per mentee per month with minutes and 15-minute units (finished
 * meetings in the period, by the forms' `billing` hook, as the period billing summary
 * counts them), and the records that need a look: not finished, finished with no
 * signature on a form that has one, or changed after signing (a correction not signed again).
 */
import type { FormModule } from '~/lib/forms/module';
import { csvCell } from '~/lib/forms/export-csv';
import { billedTime, billingPart } from '~/lib/print/period';
import { MENTOR_ID, isPendingCorrection, isSealed, type Person, type StoredRecord } from '~/lib/storage';
import type { FormsById } from './make';
import { fileRecords } from './records';
import type { HandoverFile } from './schema';

/** One mentee's finished meetings in one month. */
interface MonthMeetings {
  /** 'YYYY-MM'. */
  month: string;
  meetings: number;
  minutes: number;
  units: number;
}

/** One mentee's meetings in the period. */
interface MenteeMeetings {
  personId: string;
  name: string;
  months: MonthMeetings[];
  /** Meetings in the period not finished yet (not counted). */
  notFinished: number;
}

/** Why a record needs a look. */
export type AttentionKind = 'unfinished' | 'unsigned' | 'changed';

/** A record that needs a look. */
interface Attention {
  kind: AttentionKind;
  /** The form's title. */
  form: string;
  /** The person's name. */
  name: string;
  /** 'YYYY-MM-DD' or ''. */
  date: string;
}

/** One peer mentor at a glance. */
export interface MentorOverview {
  mentor: Person;
  period: HandoverFile['period'];
  /** Hours so far, or null when the file has none. */
  hours: { totalHours: number; faceToFaceHours: number; goalHours: number; faceToFaceHalf: boolean } | null;
  /** Every evaluation the forms know, done or missing. */
  evaluations: { id: string; label: string; done: boolean }[];
  mentees: MenteeMeetings[];
  attention: Attention[];
}

/** True when the form has a signature question. */
function hasSignature(form: FormModule | undefined): boolean {
  return form?.definition.sections.some((section) => section.fields.some((field) => field.kind === 'signature')) ?? false;
}

/** Why a record needs a look, or undefined. */
function attentionOf(record: StoredRecord, form: FormModule | undefined, inForce: boolean): AttentionKind | undefined {
  if (isPendingCorrection(record)) return 'changed';
  if (!inForce) return undefined;
  if (record.status !== 'finished') return 'unfinished';
  return hasSignature(form) && !isSealed(record) ? 'unsigned' : undefined;
}

/** The overview of one handover file. */
export function overviewOf(file: HandoverFile, forms: FormsById): MentorOverview {
  const { all, inForce } = fileRecords(file.records);
  const current = new Set(inForce.map((r) => r.id));
  const names = new Map<string, string>([[MENTOR_ID, file.mentor.name], ...file.people.map((p) => [p.id, p.name] as const)]);
  const { from, to } = file.period;

  const mentees = file.people.map((person): MenteeMeetings => {
    const own = inForce.filter((r) => r.personId === person.id && r.date >= from && r.date <= to && forms.get(r.formId)?.period !== 'in-force');
    const part = billingPart(own, (r) => billedTime(forms.get(r.formId), r));
    const months = new Map<string, MonthMeetings>();
    for (const row of part.rows) {
      const month = row.date.slice(0, 7);
      const entry = months.get(month) ?? { month, meetings: 0, minutes: 0, units: 0 };
      entry.meetings += 1;
      entry.minutes += row.minutes;
      entry.units += row.units;
      months.set(month, entry);
    }
    return { personId: person.id, name: person.name, months: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)), notFinished: part.notFinished };
  });

  const attention = all.flatMap((record): Attention[] => {
    const form = forms.get(record.formId);
    const kind = attentionOf(record, form, current.has(record.id));
    return kind ? [{ kind, form: form?.definition.title ?? record.formId, name: names.get(record.personId) ?? '', date: record.date }] : [];
  });
  attention.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const done = new Set(file.summary.evaluationsDone);
  const evaluations = [...forms.values()].flatMap((form) => (form.oversight?.evaluations?.kinds ?? []).map((kind) => ({ id: kind.id, label: kind.label(), done: done.has(kind.id) })));
  const h = file.summary.hours;
  const hours = h ? { ...h, faceToFaceHalf: h.totalHours > 0 && h.faceToFaceHours * 2 >= h.totalHours } : null;
  return { mentor: file.mentor, period: file.period, hours, evaluations, mentees, attention };
}

/** One line of the billing summary: one mentee of one peer mentor in one month. */
export interface BillingLine {
  agency: string;
  /** 'YYYY-MM'. */
  month: string;
  mentor: string;
  mentee: string;
  meetings: number;
  minutes: number;
  units: number;
}

/** The billing summary of every file: by agency, then month, then peer mentor and mentee. */
export function billingLines(overviews: readonly MentorOverview[]): BillingLine[] {
  const lines = overviews.flatMap((o) =>
    o.mentees.flatMap((m) => m.months.map((month) => ({ agency: o.mentor.agency ?? '', month: month.month, mentor: o.mentor.name, mentee: m.name, meetings: month.meetings, minutes: month.minutes, units: month.units }))),
  );
  const key = (l: BillingLine): string[] => [l.agency, l.month, l.mentor, l.mentee];
  return lines.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) {
      const c = (ka[i] ?? '').localeCompare(kb[i] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** The billing summary as CSV (RFC 4180, CRLF), with the header row given in the page's words. */
export function billingCsv(header: readonly string[], lines: readonly BillingLine[]): string {
  const rows = [header, ...lines.map((l) => [l.agency, l.month, l.mentor, l.mentee, String(l.meetings), String(l.minutes), String(l.units)])];
  return rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
