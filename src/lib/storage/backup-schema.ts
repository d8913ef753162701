/**
 * Strict valibot schemas for everything that comes into storage from outside: backup
 * files, journal entries and record data. The same limits apply when saving, so the
 * workbook never makes a backup it cannot open again.
 *
 * Limits: names ≤ 200 characters, text answers and notes ≤ 20,000, signature data URLs
 * ≤ 200,000, ≤ 100,000 records, ids ≤ 100 characters of letters, digits, `-` and `_`.
 */
import * as v from 'valibot';
import type { AnswerValue, FormValues, Signature } from '../forms/types';
import { MENTOR_ID } from './db';
import type { Person, StoredRecord } from './db';

/** The `format` value every backup file has. */
export const BACKUP_FORMAT = 'peer-mentor-workbook-backup';
/** The backup format this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The biggest backup file the workbook opens: 25 MB. Measured (tests/unit/storage/backup-size.test.ts):
 * a record with ten ordinary answers is about 0.7 KB, so 5,000 such records are about
 * 3.3 MB and 25 MB holds about 37,000 of them. Drawn signatures are what fill it: one
 * finger-drawn signature (signature_pad SVG, base64) is about 30 KB, so 5,000 records
 * with one drawn signature each are about 150 MB, and 25 MB holds only about 830 of them.
 * Typed signatures cost next to nothing.
 */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;
/** The most records one backup may hold. */
export const MAX_BACKUP_RECORDS = 100_000;
/** The longest name (person, agency, supervisor, typed signature). */
export const MAX_NAME_LENGTH = 200;
/** The longest text answer or note. */
export const MAX_TEXT_LENGTH = 20_000;
/** The longest drawn-signature data URL. */
export const MAX_SIGNATURE_LENGTH = 200_000;
/** The most answers one record may hold. */
export const MAX_ANSWERS = 1_000;
/** The most ticked choices in one checkbox answer. */
export const MAX_CHOICES = 200;

/** Keys that must never appear anywhere in parsed input (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Form ids: kebab-case, like `individual-plan`. */
export const FORM_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
/** Ids: UUIDs or other short tokens. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** Answer keys (field names): camelCase, starting with a letter. */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;
const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DRAWN_PATTERN = /^data:image\/(?:svg\+xml|png);base64,[A-Za-z0-9+/]*={0,2}$/;

/** An ISO 8601 date or date-time that is a real date. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(ISO_PATTERN, 'not a date'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a real date'),
);
/** An id. */
export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'not an id'));
/** A form id. */
export const FormIdSchema = v.pipe(v.string(), v.regex(FORM_ID_PATTERN, 'not a form id'));
/** A person's name: 1–200 characters. */
export const NameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH));
/** Optional name-like text, '' allowed. */
const ShortTextSchema = v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH));
/** A note or text answer. */
export const TextSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));
const RevisionSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000_000));

/** A signature: drawn (an image data URL) or typed (a name). */
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

/** One answer. */
export const AnswerSchema = v.union([
  TextSchema,
  v.pipe(v.array(TextSchema), v.maxLength(MAX_CHOICES)),
  SignatureSchema,
  v.null(),
]);

function hasForbiddenKey(value: object): boolean {
  return Object.keys(value).some((key) => FORBIDDEN_KEYS.has(key));
}

/** All answers of a record. */
export const FormValuesSchema = v.pipe(
  v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'not a set of answers'),
  v.check((x) => !hasForbiddenKey(x), 'has a forbidden answer name'),
  v.check((x) => Object.keys(x).length <= MAX_ANSWERS, 'has too many answers'),
  v.record(v.pipe(v.string(), v.regex(FIELD_NAME_PATTERN, 'not an answer name')), AnswerSchema),
);

/** A person as stored. */
export const PersonSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(['mentee', 'mentor']),
  name: NameSchema,
  note: TextSchema,
  agency: v.exactOptional(ShortTextSchema),
  supervisor: v.exactOptional(ShortTextSchema),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  revision: RevisionSchema,
});

/** A record as stored. */
export const RecordSchema = v.strictObject({
  id: IdSchema,
  formId: FormIdSchema,
  formVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  personId: IdSchema,
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  status: v.picklist(['draft', 'finished']),
  revision: RevisionSchema,
  data: FormValuesSchema,
  supersedes: v.exactOptional(IdSchema),
  supersededBy: v.exactOptional(IdSchema),
});

/** A whole backup file. */
export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  appVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  createdAt: IsoDateSchema,
  mentor: v.nullable(PersonSchema),
  people: v.pipe(v.array(PersonSchema), v.maxLength(MAX_BACKUP_RECORDS)),
  records: v.pipe(v.array(RecordSchema), v.maxLength(MAX_BACKUP_RECORDS)),
});

/** A backup file: everything needed to put the workbook back on a tablet. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The app version that wrote it (for people helping, not for logic). */
  appVersion: string;
  createdAt: string;
  /** The mentor profile, or null (a one-mentee backup has none). */
  mentor: Person | null;
  /** Mentees. */
  people: Person[];
  /** Records, every plan version included. */
  records: StoredRecord[];
}

/** A syntax or content problem, with the words for "which part". */
export class InputProblem extends Error {
  constructor(readonly part: string) {
    super(part);
    this.name = 'InputProblem';
  }
}

/**
 * The first `__proto__`, `constructor` or `prototype` key anywhere in parsed JSON, or
 * undefined. Iterative, so deep nesting cannot overflow the stack; safe on cycles.
 */
export function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) stack.push(child);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return undefined;
}

/**
 * `JSON.parse` that refuses `__proto__`, `constructor` and `prototype` keys at any
 * depth (throws `InputProblem`). Other syntax errors throw `SyntaxError`.
 * (`JSON.parse` makes such keys plain own properties; they are refused so that no later
 * code can ever treat them as prototypes.)
 */
export function parseJsonSafely(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const key = findForbiddenKey(value);
  if (key !== undefined) throw new InputProblem(`it has a part named "${key}"`);
  return value;
}

/** Builds a fresh Signature from a validated one. */
function copySignature(s: Signature): Signature {
  return { kind: s.kind, value: s.value, signedAt: s.signedAt };
}

/** Builds fresh answers from validated ones (never merges input into existing objects). */
export function copyFormValues(values: FormValues): FormValues {
  const out: FormValues = {};
  for (const [key, answer] of Object.entries(values)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = copyAnswer(answer);
  }
  return out;
}

function copyAnswer(answer: AnswerValue): AnswerValue {
  if (answer === null || typeof answer === 'string') return answer;
  if (Array.isArray(answer)) return answer.map(String);
  return copySignature(answer);
}

/** Builds a fresh Person from a validated one. */
export function copyPerson(p: v.InferOutput<typeof PersonSchema> | Person): Person {
  const out: Person = {
    id: p.id,
    kind: p.kind,
    name: p.name,
    note: p.note,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    revision: p.revision,
  };
  if (p.agency !== undefined) out.agency = p.agency;
  if (p.supervisor !== undefined) out.supervisor = p.supervisor;
  return out;
}

/** Builds a fresh StoredRecord from a validated one. */
export function copyRecord(r: v.InferOutput<typeof RecordSchema> | StoredRecord): StoredRecord {
  const out: StoredRecord = {
    id: r.id,
    formId: r.formId,
    formVersion: r.formVersion,
    personId: r.personId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    status: r.status,
    revision: r.revision,
    data: copyFormValues(r.data as FormValues),
  };
  if (r.supersedes !== undefined) out.supersedes = r.supersedes;
  if (r.supersededBy !== undefined) out.supersededBy = r.supersededBy;
  return out;
}

/**
 * Checks answers before they are saved, with the backup limits.
 * @returns a fresh copy of the answers.
 * @throws TypeError naming the first bad answer (a bug in the form page: it must keep
 *   text within 20,000 characters and names within 200).
 */
export function checkFormValues(values: unknown): FormValues {
  const result = v.safeParse(FormValuesSchema, values, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new TypeError(`Answers cannot be saved${where ? ` (${where})` : ''}: ${issue?.message ?? 'invalid'}`);
  }
  return copyFormValues(result.output as FormValues);
}

/** The person ids a mentor and mentee must (not) have. */
export function personIdIsValidFor(kind: Person['kind'], id: string): boolean {
  return kind === 'mentor' ? id === MENTOR_ID : id !== MENTOR_ID;
}
