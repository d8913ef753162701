/**
 * The one description of what storage holds: valibot schemas, with the TypeScript types
 * inferred from them. The database, the backup file and the journal all use these, so a
 * signature, an answer or a record means the same thing everywhere.
 *
 * ## Stored shapes
 *
 * - `Person` `{ id, kind: 'mentee' | 'mentor', name, note, agency?, supervisor?,
 *   passingAverage?, createdAt, updatedAt, revision }`. There is at most one mentor (the user); its id is always
 *   `MENTOR_ID` ('mentor'), so restoring a backup on a new tablet finds the same profile.
 *   Mentees get `crypto.randomUUID()` ids.
 * - `StoredRecord` `{ id, formId, formVersion, personId, createdAt, updatedAt,
 *   status: 'draft' | 'finished', revision, data, supersedes?, supersededBy?, finishedAt?,
 *   correction?, date }`: one filled form. `data` holds the answers (`FormValues`);
 *   signatures are `Signature` objects in it (text, never Blobs). For plan versions and
 *   corrections, `supersedes` is the id of the version this one replaced and
 *   `supersededBy` the id of the version that replaced it. `finishedAt`: when it was last
 *   finished. `correction` `{ reason, at, signedBefore }`: only on a correction, the new
 *   version of a finished and signed record ("sealed", see `records.ts`).
 *   Records saved before `finishedAt` and `correction` existed have neither; both are
 *   optional, so old databases and backup files open as they are. A backup file that
 *   holds either is refused as damaged by app versions older than them.
 *   `date` is the record's own date ('YYYY-MM-DD', or '' when it has none), worked out by
 *   storage on every write with the `recordDate` hook (see `hooks.ts`); it exists only
 *   so the database can sort a person's records of one form by date.
 * - `BackupRecord`: a `StoredRecord` without `date`. Backup files hold these (format 1,
 *   unchanged since before `date` existed); importing works the date out again.
 * - `BackupFile` `{ format, formatVersion, appVersion, createdAt, mentor, people, records }`.
 * - `JournalEntry` `{ recordId, formId, personId, baseRevision, baseAt?, base?, session?,
 *   data, savedAt }`: unsaved typing kept in localStorage (see `journal.ts`).
 *
 * Timestamps are `Date#toISOString()` strings, so they sort as text.
 *
 * ## Limits
 *
 * Names ≤ 200 characters, text answers and notes ≤ 20,000, signature data URLs ≤ 200,000,
 * ≤ 1,000 answers per record, ≤ 200 ticked choices per answer, ≤ 100,000 records per
 * backup, ids ≤ 100 characters of letters, digits, `-` and `_`. Saving checks the same
 * limits as opening a backup, so the workbook never makes a backup it cannot open again.
 * The journal alone takes text answers of any length: it is for rescue.
 */
import * as v from 'valibot';
import {
  DRAWN_PATTERN,
  FIELD_NAME_PATTERN,
  FORBIDDEN_KEYS,
  FORM_ID_PATTERN,
  ID_PATTERN,
  ISO_PATTERN,
  MAX_ANSWERS,
  MAX_BACKUP_RECORDS,
  MAX_CHOICES,
  MAX_FORM_VERSION,
  MAX_ISO_LENGTH,
  MAX_NAME_LENGTH,
  MAX_REASON_LENGTH,
  MAX_SIGNATURE_LENGTH,
  MAX_TEXT_LENGTH,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  isCalendarDate,
} from './limits';

// The limits and patterns live in `limits.ts` (no valibot: pages that only read load that alone).
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  FORM_ID_PATTERN,
  ID_PATTERN,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_RECORDS,
  MAX_FORM_VERSION,
  MAX_NAME_LENGTH,
  MAX_REASON_LENGTH,
  MAX_TEXT_LENGTH,
  MENTOR_ID,
  findForbiddenKey,
  isCalendarDate,
  parseJsonSafely,
} from './limits';

/** An ISO 8601 date or date-time that is a real date. */
const IsoDateSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ISO_LENGTH),
  v.regex(ISO_PATTERN, 'not a date'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a real date'),
);

/** A record's `date`: a real 'YYYY-MM-DD', or '' when the record has no date. */
export const RecordDateSchema = v.pipe(
  v.string(),
  v.check((s) => s === '' || isCalendarDate(s), 'not a calendar date'),
);
/** An id. */
const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'not an id'));
/** A form id. */
const FormIdSchema = v.pipe(v.string(), v.regex(FORM_ID_PATTERN, 'not a form id'));
/** A form version: a whole number from 1. */
const FormVersionSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_FORM_VERSION));
/** A person's name: 1–200 characters. */
const NameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH));
/** Optional name-like text, '' allowed. */
const ShortTextSchema = v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH));
/** A note or text answer. */
const TextSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));
const RevisionSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000_000));

/**
 * A signature: drawn (an image data URL, ≤ 200,000 characters) or typed (a name,
 * ≤ 200 characters), with when it was signed. The one signature rule: the database,
 * backup files and the journal all use it.
 */
export const SignatureSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(['drawn', 'typed']),
    value: v.pipe(v.string(), v.maxLength(MAX_SIGNATURE_LENGTH)),
    signedAt: IsoDateSchema,
  }),
  v.check(
    (s) => (s.kind === 'drawn' ? DRAWN_PATTERN.test(s.value) : s.value.length <= MAX_NAME_LENGTH),
    'not a signature',
  ),
);

function hasForbiddenKey(value: object): boolean {
  return Object.keys(value).some((key) => FORBIDDEN_KEYS.has(key));
}

/** All answers of a record, with text answers checked by `text`. */
function answersSchema<T extends v.GenericSchema<unknown, string>>(text: T) {
  const answer = v.union([text, v.pipe(v.array(text), v.maxLength(MAX_CHOICES)), SignatureSchema, v.null()]);
  return v.pipe(
    v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'not a set of answers'),
    v.check((x) => !hasForbiddenKey(x), 'has a forbidden answer name'),
    v.check((x) => Object.keys(x).length <= MAX_ANSWERS, 'has too many answers'),
    v.record(v.pipe(v.string(), v.regex(FIELD_NAME_PATTERN, 'not an answer name')), answer),
  );
}

/** All answers of a record: text, ticked choices, a signature or null, by field name. */
const FormValuesSchema = answersSchema(TextSchema);
/** All answers of a record. The same type as the forms engine's `FormValues`. */
export type FormValues = v.InferOutput<typeof FormValuesSchema>;

/** A person as stored (and as in a backup file). */
export const PersonSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(['mentee', 'mentor']),
  name: NameSchema,
  note: TextSchema,
  /** Mentor only: the agency's name. */
  agency: v.exactOptional(ShortTextSchema),
  /** Mentor only: the supervisor's name. */
  supervisor: v.exactOptional(ShortTextSchema),
  /**
   * Mentor only: the passing average the agency wrote for the internship evaluation (1–5,
   * at most 2 decimals). Left out when the agency set none; files from before it open as "none".
   */
  passingAverage: v.exactOptional(v.pipe(v.number(), v.minValue(1), v.maxValue(5), v.check((n) => Math.round(n * 100) === n * 100, 'more than 2 decimals'))),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  /** Starts at 1, goes up by one on every change. */
  revision: RevisionSchema,
});
/** A mentee, or the mentor (the user). */
export type Person = v.InferOutput<typeof PersonSchema>;

/**
 * What makes a record a correction: a new version of a finished, signed record, made
 * with "Change it". `signedBefore` names the answers that held a signature in the version
 * it replaces: all of them must be signed again before the correction counts.
 */
const CorrectionSchema = v.strictObject({
  /** "What did you change?", in one line. */
  reason: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_REASON_LENGTH), v.regex(/^[^\r\n]*$/u, 'not one line')),
  /** When the correction was started. */
  at: IsoDateSchema,
  /** The signature answers of the replaced version: each must be signed again. */
  signedBefore: v.pipe(v.array(v.pipe(v.string(), v.regex(FIELD_NAME_PATTERN, 'not an answer name'))), v.maxLength(MAX_ANSWERS)),
});
/** A correction's reason, time and the signatures it needs again. */
export type Correction = v.InferOutput<typeof CorrectionSchema>;

/** A record as it is in a backup file: a stored record without `date`. */
export const BackupRecordSchema = v.strictObject({
  id: IdSchema,
  /** Kebab-case form id. */
  formId: FormIdSchema,
  /** The form definition's version the answers are written for. */
  formVersion: FormVersionSchema,
  /** The mentee's id, or `MENTOR_ID` for the mentor's own forms. */
  personId: IdSchema,
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  status: v.picklist(['draft', 'finished']),
  /** Starts at 1, goes up by one on every change; used to spot edits from two tabs. */
  revision: RevisionSchema,
  data: FormValuesSchema,
  /** For plan versions and corrections: the id of the version this one replaced. */
  supersedes: v.exactOptional(IdSchema),
  /** For plan versions and corrections: the id of the version that replaced this one. */
  supersededBy: v.exactOptional(IdSchema),
  /** When it was last marked finished (records finished before this existed have none). */
  finishedAt: v.exactOptional(IsoDateSchema),
  /** Only on a correction: a new version of a signed record (see `CorrectionSchema`). */
  correction: v.exactOptional(CorrectionSchema),
});
/** A record in a backup file. */
export type BackupRecord = v.InferOutput<typeof BackupRecordSchema>;

/** A record as stored in the database. */
export const StoredRecordSchema = v.strictObject({
  ...BackupRecordSchema.entries,
  /** The record's date ('YYYY-MM-DD' or ''), from the `recordDate` hook; set by storage on every write. */
  date: RecordDateSchema,
});
/** One filled (or partly filled) form, as stored. */
export type StoredRecord = v.InferOutput<typeof StoredRecordSchema>;

/** A record to put back ("Undo"): as `deleteRecord` returned it (its `date` is worked out again anyway). */
const RestoredRecordSchema = v.strictObject({ ...BackupRecordSchema.entries, date: v.optional(RecordDateSchema, '') });

/** A deleted record to put back, checked: a fresh copy, or undefined when it is not a record. */
export function checkRestoredRecord(raw: unknown): StoredRecord | undefined {
  const result = v.safeParse(RestoredRecordSchema, raw);
  return result.success ? result.output : undefined;
}

/** A whole backup file. */
export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  /** The app version that wrote it (for people helping, not for logic). */
  appVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  createdAt: IsoDateSchema,
  /** The mentor profile, or null (a one-mentee backup has none). */
  mentor: v.nullable(PersonSchema),
  /** Mentees. */
  people: v.pipe(v.array(PersonSchema), v.maxLength(MAX_BACKUP_RECORDS)),
  /** Records, every plan version included. */
  records: v.pipe(v.array(BackupRecordSchema), v.maxLength(MAX_BACKUP_RECORDS)),
});
/** A backup file: everything needed to put the workbook back on a tablet. */
export type BackupFile = v.InferOutput<typeof BackupSchema>;

/** One form's unsaved typing, as kept in the journal. */
export const JournalEntrySchema = v.strictObject({
  recordId: IdSchema,
  formId: FormIdSchema,
  personId: IdSchema,
  /** The record revision the typing started from (the one last loaded or saved; 0 before the first save). */
  baseRevision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The `updatedAt` of that revision; absent before the first save (and in entries written before it existed). */
  baseAt: v.optional(IsoDateSchema),
  /**
   * The answers of that revision, for the answers the typing changed only (null: it had
   * none). Absent in entries written before it existed: then every answer counts as changed.
   */
  base: v.optional(answersSchema(v.string())),
  /** The page visit (tab) that wrote it; absent in entries written before it existed. */
  session: v.optional(IdSchema),
  /** All answers as typed. The journal is for rescue: text answers may be of any length. */
  data: answersSchema(v.string()),
  /** When this was written (ISO 8601). */
  savedAt: IsoDateSchema,
});
/** One form's unsaved typing. */
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;

/** A journal entry (parsed JSON) checked: a fresh copy, or undefined when it is damaged. */
export function checkJournalEntry(raw: unknown): JournalEntry | undefined {
  const result = v.safeParse(JournalEntrySchema, raw);
  return result.success ? result.output : undefined;
}

/**
 * Checks answers before they are saved, with the backup limits.
 * @returns a fresh copy of the answers (valibot builds new objects and arrays).
 * @throws TypeError naming the first bad answer (a bug in the page: it must keep text
 *   within 20,000 characters and names within 200).
 */
export function checkFormValues(values: unknown): FormValues {
  const result = v.safeParse(FormValuesSchema, values, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new TypeError(`Answers cannot be saved${where ? ` (${where})` : ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.output;
}
