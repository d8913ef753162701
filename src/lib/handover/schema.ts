/**
 * The handover file: one peer mentor's records for a period, made for their supervisor
 * ("For my supervisor"), opened read-only in the supervisor view (`/supervisor/`).
 *
 * It reuses storage's record model: the people are `PersonSchema`, the records
 * `BackupRecordSchema` (as in a backup file, without `date`), so a signature, an answer
 * or a correction means the same thing in a backup, a handover file and the database.
 *
 * ## Shape
 *
 * `{ format: 'peer-mentor-workbook-handover', formatVersion: 1, appVersion, createdAt,
 *   period: { from, to }, mentor, people, records, summary }`
 * - `mentor`: the peer mentor's profile (name, agency, supervisor). Required.
 * - `people`: the mentees that have records in the file.
 * - `records`: every record in the period (see `make.ts`), with every earlier version of
 *   each (its history), signatures included.
 * - `summary`: what the period does not hold: internship hours so far and which
 *   evaluations are done so far (`SummarySchema`). Meetings and units are counted again
 *   from the records by whoever opens the file.
 *
 * A locked file is a small JSON envelope instead (`LockedSchema`, see `crypto.ts`): the
 * handover text encrypted with a passphrase.
 */
import * as v from 'valibot';
import { BackupRecordSchema, MAX_BACKUP_RECORDS, PersonSchema, isCalendarDate } from '~/lib/storage/schema';

/** The `format` value of every handover file. */
export const HANDOVER_FORMAT = 'peer-mentor-workbook-handover';
/** The handover format this code writes and reads. */
export const HANDOVER_FORMAT_VERSION = 1;
/** The `format` value of a locked handover file. */
export const LOCKED_FORMAT = 'peer-mentor-workbook-handover-locked';

const DaySchema = v.pipe(v.string(), v.check(isCalendarDate));
const HoursSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(1_000_000));

/** The period a handover file covers: first and last day, both included. */
const PeriodSchema = v.pipe(
  v.strictObject({ from: DaySchema, to: DaySchema }),
  v.check((p) => p.from <= p.to),
);

/** What the file says beyond its records: counted from every record on the tablet. */
const SummarySchema = v.strictObject({
  /** Internship hours so far (every time log entry), or null when no form counts hours. */
  hours: v.nullable(v.strictObject({ totalHours: HoursSchema, faceToFaceHours: HoursSchema, goalHours: HoursSchema })),
  /** The evaluations done so far (finished), by kind id ('mid-point', 'end', 'supervisor'). */
  evaluationsDone: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/u))), v.maxLength(100)),
});
/** Hours so far and evaluations done. */
export type HandoverSummary = v.InferOutput<typeof SummarySchema>;

/** A whole handover file (not locked). */
export const HandoverSchema = v.strictObject({
  format: v.literal(HANDOVER_FORMAT),
  formatVersion: v.literal(HANDOVER_FORMAT_VERSION),
  /** The app version that wrote it (for people helping, not for logic). */
  appVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  period: PeriodSchema,
  /** The peer mentor's profile. */
  mentor: PersonSchema,
  /** The mentees with records in the file. */
  people: v.pipe(v.array(PersonSchema), v.maxLength(MAX_BACKUP_RECORDS)),
  /** The records of the period, with their earlier versions. */
  records: v.pipe(v.array(BackupRecordSchema), v.maxLength(MAX_BACKUP_RECORDS)),
  summary: SummarySchema,
});
/** A handover file: one peer mentor's records for one period. */
export type HandoverFile = v.InferOutput<typeof HandoverSchema>;

const Base64Schema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/u));

/** A locked handover file: the handover text, encrypted (see `crypto.ts`). */
export const LockedSchema = v.strictObject({
  format: v.literal(LOCKED_FORMAT),
  formatVersion: v.literal(HANDOVER_FORMAT_VERSION),
  /** Always AES-GCM with a 256-bit key from PBKDF2-SHA-256. */
  cipher: v.literal('AES-GCM-256/PBKDF2-SHA-256'),
  /** PBKDF2 rounds. */
  iterations: v.pipe(v.number(), v.integer(), v.minValue(600_000), v.maxValue(10_000_000)),
  /** 16 random bytes, base64. */
  salt: v.pipe(Base64Schema, v.length(24)),
  /** 12 random bytes, base64. */
  nonce: v.pipe(Base64Schema, v.length(16)),
  /** The encrypted handover text with its 16-byte tag, base64. */
  data: Base64Schema,
});
/** A locked handover file. */
export type LockedFile = v.InferOutput<typeof LockedSchema>;
