/**
 * Valibot schemas built from a form definition.
 *
 * - `answerSchema(field)`: the type and shape of one answer (a real date, a listed option,
 *   a quarter-hour number…). Empty answers pass: whether a field must be filled depends on
 *   what is shown, so `validateForm` checks that. Each failure carries a plain message.
 * - `toSchema(def)`: a strict object of those, so unknown field names fail.
 * - `formValuesSchema(def)` / `FormValuesSchema`: JS types only, for checking stored
 *   records and backups before they are trusted.
 */
import * as v from 'valibot';
import { t } from '~/i18n/form-answers';
import { isValidDate, isValidTime } from './dates';
import { allFields, answerMaxLength, optionsOf } from './fields';
import type { AnswerValue, FieldDefinition, FormDefinition, FormValues, NumberField, Signature, TextareaField, TextField } from './types';

/** A schema for one answer; its issues carry plain messages for the person filling the form. */
type AnswerSchema = v.GenericSchema<unknown, AnswerValue>;

/** The message when an answer is of a type the field can never hold (e.g. a list for a date). */
const UNREADABLE_MESSAGE = t('forms.answer.unreadable');

/** The message when a signature is stored in a broken way. */
const BAD_SIGNATURE_MESSAGE = t('forms.answer.signAgain');

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEL_RE = /^\+?[\d\s().-]+$/;
const NUMBER_RE = /^(\d+(\.\d+)?|\.\d+)$/;
const DRAWN_PREFIX = 'data:image/svg+xml;base64,';

/** A signature's JS shape: kind, value and signedAt as strings. */
const SignatureShapeSchema: v.GenericSchema<unknown, Signature> = v.strictObject({
  kind: v.picklist(['drawn', 'typed']),
  value: v.string(),
  signedAt: v.string(),
});

/** A usable signature: a typed name or an SVG data URL, and an ISO 8601 signing time. */
const SignatureSchema: v.GenericSchema<unknown, Signature> = v.pipe(
  v.strictObject(
    {
      kind: v.picklist(['drawn', 'typed'], BAD_SIGNATURE_MESSAGE),
      value: v.pipe(v.string(BAD_SIGNATURE_MESSAGE), v.check((s) => s.trim() !== '', BAD_SIGNATURE_MESSAGE)),
      signedAt: v.pipe(v.string(BAD_SIGNATURE_MESSAGE), v.isoTimestamp(BAD_SIGNATURE_MESSAGE)),
    },
    BAD_SIGNATURE_MESSAGE,
  ),
  v.check((sig) => sig.kind === 'typed' || sig.value.startsWith(DRAWN_PREFIX), BAD_SIGNATURE_MESSAGE),
);

/** Any one answer's JS type: string, string[], Signature or null. */
const AnswerValueSchema: v.GenericSchema<unknown, AnswerValue> = v.union([
  v.string(),
  v.array(v.string()),
  v.null(),
  SignatureShapeSchema,
]);

/** Any form's answers, by JS type only (for a record whose form is not known yet). */
export const FormValuesSchema: v.GenericSchema<unknown, FormValues> = v.record(v.string(), AnswerValueSchema);

/** True when `n` is a whole multiple of `step` (allowing for float error, e.g. 0.1 * 3). */
function isMultipleOf(n: number, step: number): boolean {
  const ratio = n / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** Accept '' (not answered) or a value passing `test`. */
function emptyOr(test: (s: string) => boolean, message: string): AnswerSchema {
  return v.pipe(
    v.string(UNREADABLE_MESSAGE),
    v.check((s) => s.trim() === '' || test(s.trim()), message),
  );
}

function textSchema(field: TextField | TextareaField | Extract<FieldDefinition, { kind: 'goal' }>): AnswerSchema {
  const rules: Pick<TextField, 'maxLength' | 'format' | 'invalidMessage'> = field.kind === 'text' ? field : {};
  const { maxLength, format, invalidMessage } = rules;
  const limit = answerMaxLength(field) ?? 0;
  return v.pipe(
    v.string(UNREADABLE_MESSAGE),
    v.check(
      (s) => (maxLength === undefined || s.trim().length <= maxLength) && s.length <= limit,
      maxLength === undefined ? t('forms.answer.tooLong', { max: limit }) : (invalidMessage ?? t('forms.answer.tooLong', { max: maxLength })),
    ),
    v.check(
      (s) => format !== 'email' || s.trim() === '' || EMAIL_RE.test(s.trim()),
      invalidMessage ?? t('forms.answer.email'),
    ),
    v.check(
      (s) => format !== 'tel' || s.trim() === '' || (TEL_RE.test(s.trim()) && (s.match(/\d/g) ?? []).length >= 7),
      invalidMessage ?? t('forms.answer.phone'),
    ),
  );
}

function numberSchema(field: NumberField): AnswerSchema {
  const { min, max, step } = field;
  const message = field.invalidMessage
    ?? (min !== undefined && max !== undefined ? t('forms.answer.numberRange', { min, max }) : t('forms.answer.number'));
  const limit = answerMaxLength(field) ?? 0;
  return emptyOr((s) => {
    if (s.length > limit || !NUMBER_RE.test(s)) return false;
    const n = Number(s);
    if (min !== undefined && n < min) return false;
    if (max !== undefined && n > max) return false;
    return step === undefined || isMultipleOf(n, step);
  }, message);
}

function choiceValues(field: FieldDefinition): string[] {
  return optionsOf(field).map((option) => option.value);
}

function buildAnswerSchema(field: FieldDefinition): AnswerSchema {
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'goal':
      return textSchema(field);
    case 'date':
      return emptyOr(isValidDate, field.invalidMessage ?? t('forms.answer.date'));
    case 'time':
      return emptyOr(isValidTime, field.invalidMessage ?? t('forms.answer.time'));
    case 'number':
      return numberSchema(field);
    case 'radio':
    case 'rating': {
      const allowed = choiceValues(field);
      return emptyOr((s) => allowed.includes(s), t('forms.answer.chooseOne'));
    }
    case 'checkbox': {
      const allowed = choiceValues(field);
      return v.pipe(
        v.array(v.string(UNREADABLE_MESSAGE), UNREADABLE_MESSAGE),
        v.check((list) => list.every((item) => allowed.includes(item)), t('forms.answer.chooseFrom')),
        v.check((list) => new Set(list).size === list.length, t('forms.answer.chooseOnce')),
      );
    }
    case 'signature':
      return v.nullable(SignatureSchema);
  }
}

const cache = new WeakMap<FieldDefinition, AnswerSchema>();

/** The schema for one field's answer (type, shape and options; empty passes). */
function answerSchema(field: FieldDefinition): AnswerSchema {
  let schema = cache.get(field);
  if (!schema) {
    schema = buildAnswerSchema(field);
    cache.set(field, schema);
  }
  return schema;
}

/**
 * The first plain message for a wrong answer, or null when the answer has the right shape.
 * Empty answers return null (required-ness is checked elsewhere).
 */
export function answerProblem(field: FieldDefinition, value: unknown): string | null {
  const result = v.safeParse(answerSchema(field), value);
  return result.success ? null : (result.issues[0]?.message ?? UNREADABLE_MESSAGE);
}

/**
 * A strict schema for a form's answers: only the form's field names are allowed, each answer
 * must fit its field (see `answerSchema`). A missing field counts as not answered.
 */
export function toSchema(def: FormDefinition): v.GenericSchema<unknown, FormValues> {
  const entries: Record<string, v.GenericSchema<unknown, AnswerValue | undefined>> = {};
  for (const field of allFields(def)) entries[field.name] = v.optional(answerSchema(field));
  return v.strictObject(entries) as v.GenericSchema<unknown, FormValues>;
}

/**
 * A schema for the shape of a stored record or backup of this form: only the form's field
 * names, each with the JS type its kind holds (string, string[], Signature or null).
 * It does not check required-ness, options or formats, so drafts and old answers load.
 */
export function formValuesSchema(def: FormDefinition): v.GenericSchema<unknown, FormValues> {
  const entries: Record<string, v.GenericSchema<unknown, AnswerValue | undefined>> = {};
  for (const field of allFields(def)) {
    let schema: v.GenericSchema<unknown, AnswerValue>;
    if (field.kind === 'checkbox') schema = v.array(v.string());
    else if (field.kind === 'signature') schema = v.nullable(SignatureShapeSchema);
    else schema = v.string();
    entries[field.name] = v.optional(schema);
  }
  return v.strictObject(entries) as v.GenericSchema<unknown, FormValues>;
}
