/**
 * A form module: one form's definition and the hooks through which the engine, the pages,
 * print and storage reach it. Each form writes its module in `src/forms/<id>/index.ts`;
 * nothing outside `src/forms/` names a form id or a field name.
 *
 * Two parts, by weight:
 * - `RecordRules` (`src/forms/<id>/record.ts`): small facts about stored records (version,
 *   migrations, date field, noun). Every page that uses storage loads these for all forms.
 * - `FormModule` (`src/forms/<id>/index.ts`): the definition and its extensions. A form
 *   page loads only its own form's module (`loadForm(id)`, one chunk per form).
 */
import { isValidDate } from './dates';
import type { FormDefinition, FormValues } from './types';
import type { Person } from '~/lib/storage/schema';

/** Words for a form's records, by plural form: `{ one: 'meeting', other: 'meetings' }`. */
export interface RecordNoun {
  one: string;
  other: string;
}

/** Upgrades the answers of one form version to the next. Pure: returns new answers, never changes its input. */
type MigrationStep = (values: FormValues) => FormValues;

/** What storage, backups and lists need to know about a form's records. */
export interface RecordRules<Id extends string = string> {
  /** The form's permanent id (kebab-case, also its URL part). */
  id: Id;
  /** The version records are written with now. */
  version: number;
  /** How to name a record: "meeting", "3 meetings". */
  noun: RecordNoun;
  /** The date answer a record is about (lists sort by it, names use it): a `date` field of the form. */
  dateField: string;
  /** Migration steps by the version they start from: `steps[1]` makes a version 1 record version 2. */
  steps: Readonly<Record<number, MigrationStep>>;
}

/** Record rules with their migration ready to run. */
export interface RecordModule<Id extends string = string> extends RecordRules<Id> {
  /** The answers of a record made with `fromVersion`, upgraded to `version` step by step. */
  migrate(values: FormValues, fromVersion: number): FormValues;
  /** The date the record is about, 'YYYY-MM-DD', or '' when it has none. */
  recordDate(values: FormValues): string;
}

/**
 * Runs the steps from `fromVersion` up to `version`. A record from a newer version than
 * this app knows (or a missing step) is left as it is: its answers are never lost.
 */
function migrateValues(rules: RecordRules, values: FormValues, fromVersion: number): FormValues {
  let out = values;
  for (let from = fromVersion; from < rules.version; from += 1) {
    const step = rules.steps[from];
    if (!step) return out;
    out = step(out);
  }
  return out;
}

/** Adds `migrate` and `recordDate` to a form's record rules. */
export function defineRecord<const Id extends string>(rules: RecordRules<Id>): RecordModule<Id> {
  return {
    ...rules,
    migrate: (values, fromVersion) => migrateValues(rules, values, fromVersion),
    recordDate(values) {
      const value = values[rules.dateField];
      return typeof value === 'string' && isValidDate(value) ? value : '';
    },
  };
}

/** What a paper copy knows besides the answers: the agency's settings on the mentor profile, and the form it prints. */
interface PaperAbout {
  /** The mentor profile, if there is one (e.g. its `passingAverage`). */
  mentor?: Person | undefined;
  /** The form's definition in the paper's language, for its official words (the module's own, in English, when not given). */
  definition?: FormDefinition | undefined;
}

/** A length of time that is billed, in minutes and 15-minute units (see `DerivedValue.billing`). */
export interface BilledTime {
  minutes: number;
  units: number;
}

/**
 * A value worked out from the answers and shown after one field, on screen and on paper
 * (the encounter's meeting length and 15-minute units).
 */
export interface DerivedValue {
  /** Names it in the page (`data-paper-derived`, `derivedText(id)`): stable, camelCase. */
  id: string;
  /** The field it shows after. */
  after: string;
  /** The words on screen for these answers; '' shows nothing. */
  screenText(values: FormValues): string;
  /** The words on a saved record's paper copy ('' prints nothing; lines split at '\n'). */
  paperText(values: FormValues, about?: PaperAbout): string;
  /** The line on the blank paper form, to fill in by hand. */
  blankText(): string;
  /** For time that is billed (a meeting's length): its minutes and units, or undefined when it has none. The period billing summary adds these up. */
  billing?(values: FormValues): BilledTime | undefined;
}

/** What a form's `context` hook can read: the person's other records. */
interface ContextInput {
  /** The record open on the page, if any (nothing is carried forward from itself). */
  recordId: string | undefined;
  /** True when the records belong to a mentee (not the peer mentor's own). */
  forMentee: boolean;
  /** The person's newest record of a form, or undefined. */
  latest: (formId: string) => Promise<{ id: string; data: FormValues } | undefined>;
  /** How many records of a form the person has (every version counts). */
  count: (formId: string) => Promise<number>;
}

/** What a form's `context` hook gives the page. */
interface FormContext {
  /** The choices of `goal` fields (the mentee's current plan goals). */
  goals?: string[];
  /** Text carried forward from an earlier record, shown above the form under `carryForward.title()`. */
  carried?: string;
  /** Starting answers of a new record, by field name (over the fields' own prefills). */
  prefill?: FormValues;
}

/** Internship hours from a form's records (the time log): all hours and face-to-face hours. */
interface HoursSoFar {
  /** All hours logged. */
  totalHours: number;
  /** Hours of face-to-face mentoring. */
  faceToFaceHours: number;
  /** The hours the internship needs. */
  goalHours: number;
}

/** One kind of evaluation a form holds (the mid-point, the end, the supervisor's). */
interface EvaluationKind {
  /** Stable id, e.g. 'mid-point'. */
  id: string;
  /** Its words, e.g. "Mid-point evaluation". */
  label(): string;
}

/**
 * What the handover file and the supervisor view read from a form's records
 * (`src/lib/handover/summary.ts`). Each part is optional.
 */
interface Oversight {
  /** Internship hours from every record of this form (all of them, not one period). */
  hoursSoFar?(entries: readonly FormValues[]): HoursSoFar;
  /** The evaluations this form holds, and which one a record is ('' when it does not say). */
  evaluations?: {
    kinds: readonly EvaluationKind[];
    kindOf(values: FormValues): string;
  };
}

/** One form: its definition and its hooks. */
export interface FormModule<Id extends string = string> {
  definition: FormDefinition & { id: Id };
  record: RecordModule<Id>;
  /** Values worked out from the answers, each shown after a field. */
  derived?: readonly DerivedValue[];
  /**
   * Parts of the form page under the questions, by component name: `src/forms/<id>/<name>.astro`
   * (build time; the internship evaluation's live score).
   */
  panels?: readonly string[];
  /** A box above the form with text carried forward from an earlier record (see `context`). */
  carryForward?: {
    /** The box's heading. */
    title(): string;
  };
  /**
   * How a period print ("Print records from … to …") picks this form's records: 'in-force'
   * prints the one version in force at the end of the period (the plan), before the rest;
   * without it, every record dated in the period.
   */
  period?: 'in-force';
  /** Reads what this form's page starts from: goal choices, carried-forward text, prefills. */
  context?(input: ContextInput): Promise<FormContext>;
  /**
   * Answers the form fills in itself when the person changes another answer (the time
   * log's face-to-face from its activity). Gets the answers before and after one change;
   * returns all answers with the filled-in ones, or undefined when it fills in nothing.
   * Only typing calls it (never opening a saved record), so the person can change a
   * filled-in answer afterwards and it stays.
   */
  autoAnswers?(before: FormValues, after: FormValues): FormValues | undefined;
  /**
   * Parts shown inside the "finished" box of the form page, by component name:
   * `src/forms/<id>/<name>.astro` (the encounter's "Add this meeting to my internship hours").
   */
  finishedPanels?: readonly string[];
  /** What the handover summary and the supervisor view count from this form's records. */
  oversight?: Oversight;
}
