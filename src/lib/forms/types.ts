/**
 * The shape of a form definition and of the answers it collects.
 *
 * Each form in the workbook is defined once, as plain data of these types, in
 * `src/forms/<form-id>.ts`. That one definition drives the fillable page, validation,
 * the stored record, the print view, the blank printable form, CSV export and backup.
 *
 * Form ids and field names are storage keys: they are permanent. To change a form,
 * bump `version` and add a migration.
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

/** The kinds of field a form can have. */
export type FieldKind =
  | 'text'      // one line
  | 'textarea'  // long answer; prints in full
  | 'date'      // native date input, value 'YYYY-MM-DD'
  | 'time'      // native time input, value 'HH:MM'
  | 'number'    // decimal number as a string, e.g. hours '1.25'
  | 'radio'     // one choice, shown as big picture cards
  | 'checkbox'  // several choices
  | 'rating'    // a 1–5 (or other) scale, stored as the option value
  | 'signature' // drawn or typed
  | 'goal';     // pick one of the mentee's current plan goals, or write one in (stored as text)

/** One choice of a radio, checkbox or rating field. */
export interface FieldOption {
  /** Stored value: permanent. */
  value: string;
  /** Words on the card, keeping the paper form's wording. */
  label: string;
  /** A plain line under the label. */
  hint?: string;
  /** The card's picture. */
  picture?: PictureName;
}

/** Show a field only when another field has one of these values (for checkboxes: includes one). */
export interface ShowWhen {
  field: string;
  oneOf: readonly string[];
}

/** Where a field's starting value comes from when a new record is made. */
export type Prefill = 'menteeName' | 'mentorName' | 'today' | 'now' | 'lastThingsToWorkOn';

/** One question on a form. */
export interface FieldDefinition {
  /** Storage key: permanent, camelCase. */
  name: string;
  kind: FieldKind;
  /** The paper form's wording, so paper and screen match. */
  label: string;
  /** A plain Easy Read line under the label. */
  hint?: string;
  required?: boolean;
  /** The error shown when it is required and empty, e.g. "Write the meeting date". */
  requiredMessage?: string;
  options?: readonly FieldOption[];
  showWhen?: ShowWhen;
  prefill?: Prefill;
  /** Writing lines on the blank printed form (textarea). */
  printLines?: number;
  /** Who signs (signature fields): shown under the signature line. */
  signer?: 'mentee' | 'mentor' | 'supervisor' | 'council';
  /** number: the smallest answer allowed, e.g. 0.25 hours. */
  min?: number;
  /** number: the largest answer allowed, e.g. 24 hours. */
  max?: number;
  /** number: the answer must be a whole multiple of this, e.g. 0.25 for quarter hours. */
  step?: number;
  /** text: the most characters allowed, e.g. 5 for initials. */
  maxLength?: number;
  /** text: the answer must look like an email address or a phone number (also picks the keyboard). */
  format?: 'email' | 'tel';
  /** The plain error shown when a filled answer breaks min, max, step, maxLength or format. */
  invalidMessage?: string;
  /** time/date: the answer must be later than the answer to another field, e.g. end time after start time. */
  laterThan?: LaterThan;
}

/** A rule that one time or date must be later than another (same form, same day for times). */
export interface LaterThan {
  /** The other field's name. */
  field: string;
  /** The plain error shown when it is not later, e.g. "The end time must be after the start time." */
  message: string;
}

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
  /** Examples that drive the tests: one valid filled form, and invalid ones with the fields that must fail. */
  examples: {
    valid: FormValues;
    invalid: readonly { values: FormValues; errors: readonly string[] }[];
  };
}

/** One validation error, in field order. */
export interface FieldError {
  field: string;
  message: string;
}
