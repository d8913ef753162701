/**
 * The shape of a form definition and of the answers it collects.
 *
 * Each form in the workbook is defined once, as plain data of these types, in
 * `src/forms/<form-id>/definition.ts` (written with `satisfies FormDefinition`, so a
 * property that does not fit the field's kind is a type error). That one definition drives the fillable page, validation,
 * the stored record, the print view, the blank printable form, CSV export and backup.
 *
 * Form ids and field names are storage keys: they are permanent. To change a form,
 * bump `version` and add a migration step (`src/forms/<form-id>/record.ts`).
 */
import type { PictureName } from '~/pictures';

/** A signature: drawn with a finger (SVG data URL) or typed as a name. Stored as text, never a Blob. */
export interface Signature {
  /** How it was made. */
  kind: 'drawn' | 'typed';
  /** For `drawn`: an `data:image/svg+xml;base64,…` URL. For `typed`: the name as typed. */
  value: string;
  /** When it was signed (ISO 8601). */
  signedAt: string;
}

/** One answer. Text-like fields hold a string ('' when empty); checkbox fields a string[]; signatures a Signature or null. */
export type AnswerValue = string | string[] | Signature | null;

/** All answers of one filled form, keyed by field name. */
export type FormValues = Record<string, AnswerValue>;

/** One choice of a radio, checkbox or rating field. */
export interface FieldOption {
  /** Stored value: permanent. */
  value: string;
  /** Plain words on the card, in everyday English (the bold part). */
  label: string;
  /** The paper form's wording of this choice, when it is not the same as `label`: shown in small print under it, on screen and on paper. */
  official?: string;
  /** A plain line under the label. */
  hint?: string;
  /** The card's picture. */
  picture?: PictureName;
}

/** Show a field only when another field has one of these values (for checkboxes: includes one). */
interface ShowWhen {
  /** The name of an earlier radio, checkbox or rating field of the same form. */
  field: string;
  oneOf: readonly string[];
}

/** A rule that one time or date must be later than another (same form, same day for times). */
interface LaterThan {
  /** The other field's name (an earlier field of the same kind). */
  field: string;
  /** The plain error shown when it is not later, e.g. "The end time must be after the start time." */
  message: string;
}

/** Who signs a signature field: shown under the signature line on paper. */
export type Signer = 'mentee' | 'mentor' | 'supervisor' | 'council';

/** What every question has, whatever its kind. */
interface FieldBase {
  /** Storage key: permanent, camelCase. */
  name: string;
  /**
   * The plain question, in everyday words: the bold label a person reads first
   * ("Where did you meet?"). `{name}` stands for the name of the person the form is about
   * (the mentee, or the peer mentor on the mentor's own forms; see `questionText`).
   */
  label: string;
  /**
   * The paper form's wording, when it is not the same as `label` ("Location of interaction"):
   * shown in small print under the question, on screen and on paper, so both match the
   * agency's form. A label with `{name}` always has one.
   */
  official?: string;
  /** A plain Easy Read line under the label. */
  hint?: string;
  required?: boolean;
  /** The error shown when it is required and empty, e.g. "Write the meeting date". */
  requiredMessage?: string;
  showWhen?: ShowWhen;
}

/** One line of text. */
export interface TextField extends FieldBase {
  kind: 'text';
  /** Filled in for a new record: the mentee's or the peer mentor's name, or the peer mentor's initials ("Sam Lee": SL). */
  prefill?: 'menteeName' | 'mentorName' | 'mentorInitials';
  /** The most characters allowed, e.g. 5 for initials. */
  maxLength?: number;
  /** The answer must look like an email address or a phone number (also picks the keyboard). */
  format?: 'email' | 'tel';
  /** The plain error shown when a filled answer breaks maxLength or format. */
  invalidMessage?: string;
}

/** A long answer; prints in full. */
export interface TextareaField extends FieldBase {
  kind: 'textarea';
  /** Writing lines on the blank printed form. */
  printLines?: number;
}

/** Pick one of the mentee's current plan goals, or write one in (stored as text). */
interface GoalField extends FieldBase {
  kind: 'goal';
}

/** A native date input, value 'YYYY-MM-DD'. */
interface DateField extends FieldBase {
  kind: 'date';
  /** Filled in with today's date for a new record. */
  prefill?: 'today';
  /** The answer must be later than another date of the form. */
  laterThan?: LaterThan;
  /** The plain error shown when the answer is not a real date. */
  invalidMessage?: string;
}

/** A native time input, value 'HH:MM'. */
interface TimeField extends FieldBase {
  kind: 'time';
  /** Filled in with the time now for a new record. */
  prefill?: 'now';
  /** The answer must be later than another time of the form, e.g. end time after start time. */
  laterThan?: LaterThan;
  /** The plain error shown when the answer is not a clock time. */
  invalidMessage?: string;
}

/** A decimal number, stored as a string, e.g. hours '1.25'. */
export interface NumberField extends FieldBase {
  kind: 'number';
  /** The smallest answer allowed, e.g. 0.25 hours. */
  min?: number;
  /** The largest answer allowed, e.g. 24 hours. */
  max?: number;
  /** The answer must be a whole multiple of this, e.g. 0.25 for quarter hours. */
  step?: number;
  /** The plain error shown when a filled answer breaks min, max or step. */
  invalidMessage?: string;
}

/** One choice, shown as big picture cards (radio), several choices (checkbox), or a scale (rating, stored as the option value). */
interface ChoiceField extends FieldBase {
  kind: 'radio' | 'checkbox' | 'rating';
  options: readonly FieldOption[];
}

/** Drawn with a finger or typed. */
interface SignatureFieldDefinition extends FieldBase {
  kind: 'signature';
  signer: Signer;
}

/** One question on a form: the properties allowed depend on its `kind`. */
export type FieldDefinition =
  | TextField
  | TextareaField
  | GoalField
  | DateField
  | TimeField
  | NumberField
  | ChoiceField
  | SignatureFieldDefinition;

/** Where a field's starting value comes from when a new record is made. */
export type Prefill = NonNullable<(TextField | DateField | TimeField)['prefill']>;

/** A group of fields with a heading. */
export interface SectionDefinition {
  id: string;
  title: string;
  hint?: string;
  fields: readonly FieldDefinition[];
}

/** Whose records a form belongs with. */
export type FormOwner = 'mentee' | 'mentor';

/** One form. */
export interface FormDefinition {
  /** Permanent id, kebab-case, also the URL part: /forms/<id>/. */
  id: string;
  /** Bumped when fields change; records keep the version they were made with. */
  version: number;
  /** The paper form's title. */
  title: string;
  /** A short name for lists and buttons, 1–3 words. */
  shortTitle: string;
  /** The form's picture. */
  picture: PictureName;
  /** Easy Read: what this form is for, when and who fills it (2–4 short sentences). */
  intro: readonly string[];
  /** Whose records it is kept with. */
  owner: FormOwner;
  sections: readonly SectionDefinition[];
}

/** Filled-in examples of a form, for the tests and the benchmark seed only (pages never ship them). */
export interface FormExamples {
  /** The form version these answers are for (the current one; a test checks it). */
  version: number;
  /** One valid filled form, with every field. */
  valid: FormValues;
  /** Invalid ones, each with the fields that must fail. */
  invalid: readonly { values: FormValues; errors: readonly string[] }[];
}

/** One validation error, in field order. */
export interface FieldError {
  field: string;
  message: string;
}
