/**
 * The time log as a CSV file, apart from `log.ts` so the Internship page loads it (and the
 * CSV writer) only when "Save as a CSV file" is pressed.
 */
import { t } from '~/i18n/internship';
import { toLocalDate } from '~/lib/forms/dates';
import { toCsv } from '~/lib/forms/export-csv';
import type { FieldDefinition, FormDefinition, FormValues } from '~/lib/forms/types';
import type { StoredRecord } from '~/lib/storage';
import { entryMinutes, hoursFromMinutes } from './duration';
import { oldestFirst } from './log';

/** The CSV file's own column: each entry's length as decimal hours (2 decimals), for adding up in a spreadsheet. */
function csvHoursField(): FieldDefinition {
  return { name: 'csvHours', kind: 'number', label: t('internship.csvHours') };
}

/**
 * The log as a CSV file for the agency: one row per entry, oldest date first, with the
 * form's labels as the header (`toCsv`, with its formula guard; `def` in the page's
 * language), and after the minutes a "Number of hours" column (70 minutes: 1.17), in
 * the page's language too. Starts with a byte order mark so
 * spreadsheet programs read every letter right.
 */
export function logCsv(def: FormDefinition, records: readonly StoredRecord[]): string {
  const hoursField = csvHoursField();
  const csvDef: FormDefinition = {
    ...def,
    sections: def.sections.map((section) => ({
      ...section,
      fields: section.fields.flatMap((field) => (field.name === 'durationMinutes' ? [field, hoursField] : [field])),
    })),
  };
  const rows = oldestFirst(def, records).map((r): FormValues => {
    const minutes = entryMinutes(r.data);
    return { ...r.data, csvHours: minutes === null ? '' : hoursFromMinutes(minutes).toFixed(2) };
  });
  return `\uFEFF${toCsv(csvDef, rows)}`;
}

/**
 * "time-log-2026-05-12.csv": today's date, never the mentor's name (file names stay in the
 * browser's list of downloads).
 */
export function logCsvFileName(now: Date): string {
  return t('internship.logFileName', { date: toLocalDate(now) });
}
