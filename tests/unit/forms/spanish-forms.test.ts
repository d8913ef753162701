/**
 * Every form in Spanish (issue 16): each form's `es.ts` gives a Spanish word for exactly
 * the words its English definition has, keeps every `{name}` place, and writes Lectura
 * Fácil (sentences of 15 words at most, no impersonal "se", no gerunds, numbers as digits,
 * ¿…? and ¡…! in pairs). And `translateDefinition` changes only words: field names, kinds,
 * rules, stored values and pictures stay the English definition's.
 */
import { describe, expect, test } from 'vitest';
import { formIds, formModules, type FormId } from '~/forms';
import { es as encounter } from '~/forms/encounter/es';
import { examples as encounterExamples } from '~/forms/encounter/examples';
import { es as exitInterviewMentor } from '~/forms/exit-interview-mentor/es';
import { es as exitInterviewSupervisor } from '~/forms/exit-interview-supervisor/es';
import { es as individualPlan } from '~/forms/individual-plan/es';
import { es as internshipEvaluation } from '~/forms/internship-evaluation/es';
import { es as menteeEvaluation } from '~/forms/mentee-evaluation/es';
import { es as mentoringAgreement } from '~/forms/mentoring-agreement/es';
import { es as timeLogEntry } from '~/forms/time-log-entry/es';
import { es as timeLogReview } from '~/forms/time-log-review/es';
import { allFields, optionsOf } from '~/lib/forms/fields';
import { listingOf } from '~/lib/forms/listings';
import { translateDefinition, type FormTranslation } from '~/lib/forms/translation';
import { translationProblems } from './translation-problems';
import type { FieldDefinition, FormDefinition } from '~/lib/forms/types';
import { validateForm } from '~/lib/forms/validate';
import { spanishSentences, spanishWords } from '../content/spanish-readability';

/** Each form's Spanish words, by form id (a form without them is a type error here). */
const spanish: Record<FormId, FormTranslation> = {
  'mentoring-agreement': mentoringAgreement,
  'individual-plan': individualPlan,
  encounter,
  'mentee-evaluation': menteeEvaluation,
  'time-log-entry': timeLogEntry,
  'time-log-review': timeLogReview,
  'internship-evaluation': internshipEvaluation,
  'exit-interview-mentor': exitInterviewMentor,
  'exit-interview-supervisor': exitInterviewSupervisor,
};

/** The `es.ts` files in the form folders (not loaded: only their paths). */
const spanishFiles = Object.keys(import.meta.glob('/src/forms/*/es.ts'));

/** Words that are the same in both languages. */
const SAME_IN_BOTH = new Set(['No', 'Supervisor', 'plan']);

const MAX_WORDS = 15;

/** Number words a Lectura Fácil text writes as digits. */
const NUMBER_WORDS = new Set(['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'veinte', 'treinta', 'cien', 'noventa']);

/** Words that end like a gerund and are not one. */
const NOT_GERUNDS = new Set(['cuando', 'cuándo']);

interface WordPair {
  path: string;
  english: string;
  spanish: string | undefined;
}

/** Every word of the English definition next to its Spanish word (undefined when it has none). */
function wordPairs(def: FormDefinition, words: FormTranslation): WordPair[] {
  const pairs: WordPair[] = [
    { path: 'title', english: def.title, spanish: words.title },
    { path: 'shortTitle', english: def.shortTitle, spanish: words.shortTitle },
    ...def.intro.map((english, i) => ({ path: `intro.${i}`, english, spanish: words.intro[i] })),
  ];
  for (const section of def.sections) {
    const sectionWords = words.sections[section.id];
    pairs.push({ path: `sections.${section.id}.title`, english: section.title, spanish: sectionWords?.title });
    if (section.hint !== undefined) pairs.push({ path: `sections.${section.id}.hint`, english: section.hint, spanish: sectionWords?.hint });
    for (const field of section.fields) {
      const at = `fields.${field.name}`;
      const fieldWords = words.fields[field.name];
      pairs.push({ path: `${at}.label`, english: field.label, spanish: fieldWords?.label });
      for (const key of ['official', 'hint', 'requiredMessage', 'invalidMessage'] as const) {
        const english = (field as Partial<Record<typeof key, string>>)[key];
        if (english !== undefined) pairs.push({ path: `${at}.${key}`, english, spanish: fieldWords?.[key] });
      }
      if ('laterThan' in field && field.laterThan) pairs.push({ path: `${at}.laterThanMessage`, english: field.laterThan.message, spanish: fieldWords?.laterThanMessage });
      for (const option of optionsOf(field)) {
        const optionWords = fieldWords?.options?.[option.value];
        const op = `${at}.options.${option.value}`;
        pairs.push({ path: `${op}.label`, english: option.label, spanish: optionWords?.label });
        if (option.official !== undefined) pairs.push({ path: `${op}.official`, english: option.official, spanish: optionWords?.official });
        if (option.hint !== undefined) pairs.push({ path: `${op}.hint`, english: option.hint, spanish: optionWords?.hint });
      }
    }
  }
  return pairs;
}

/** The `{…}` places of a text, in order. */
function places(text: string): string[] {
  return text.match(/\{\w+\}/g) ?? [];
}

/** The words of a text, lower case, without the punctuation around them. */
function lowerWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s/–—-]+/)
    .map((word) => word.replace(/^[^\p{L}\d{]+|[^\p{L}\d}]+$/gu, ''))
    .filter(Boolean);
}

describe('every form has its Spanish words', () => {
  test('one es.ts in each form folder, for the forms of the registry', () => {
    expect(Object.keys(spanish).sort()).toEqual([...formIds].sort());
    expect(spanishFiles.sort()).toEqual(formIds.map((id) => `/src/forms/${id}/es.ts`).sort());
  });
});

/** The words outside the definition: the record noun and the words of `list.ts`. */
function moreWordPairs(id: FormId, words: FormTranslation): WordPair[] {
  const noun = formModules.find((module) => module.record.id === id)!.record.noun;
  const listing = listingOf(id);
  return [
    { path: 'noun.one', english: noun.one, spanish: words.noun.one },
    { path: 'noun.other', english: noun.other, spanish: words.noun.other },
    ...(listing.newLabel === undefined ? [] : [{ path: 'list.newLabel', english: listing.newLabel, spanish: words.list?.newLabel }]),
    ...(listing.views ?? []).map((view) => ({ path: `list.views.${view.id}`, english: view.label, spanish: words.list?.views?.[view.id] })),
  ];
}

describe.each(formModules.map((module) => [module.record.id, module.definition] as const))('%s in Spanish', (id, def) => {
  const words = spanish[id];
  const pairs = [...wordPairs(def, words), ...moreWordPairs(id, words)];

  test('a Spanish word for exactly the words of the English form', () => {
    expect(translationProblems(def, words, listingOf(id))).toEqual([]);
  });

  test('every {name} place is kept, and no other place is added', () => {
    for (const { path, english, spanish: text } of pairs) expect(places(text ?? ''), path).toEqual(places(english));
  });

  test('the words are Spanish, not the English ones left in', () => {
    for (const { path, english, spanish: text } of pairs) {
      if (!SAME_IN_BOTH.has(english)) expect(text, path).not.toBe(english);
    }
  });

  test('short titles have 1 to 3 words', () => {
    expect(words.shortTitle.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
  });

  test(`no sentence has more than ${MAX_WORDS} words`, () => {
    const long = pairs.flatMap(({ path, spanish: text }) =>
      spanishSentences(text ?? '')
        .filter((sentence) => spanishWords(sentence).length > MAX_WORDS)
        .map((sentence) => `${path}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  test('Lectura Fácil: no impersonal "se", no gerunds, numbers as digits, ¿…? and ¡…! in pairs', () => {
    for (const { path, spanish: text = '' } of pairs) {
      const lower = lowerWords(text);
      expect(lower.filter((word) => word === 'se'), path).toEqual([]);
      expect(lower.filter((word) => /(ando|iendo|yendo)(me|te|le|lo|la|nos|les|los|las)?$/.test(word) && !NOT_GERUNDS.has(word)), path).toEqual([]);
      expect(lower.filter((word) => NUMBER_WORDS.has(word)), path).toEqual([]);
      expect(text.split('¿').length, `${path}: ${text}`).toBe(text.split('?').length);
      expect(text.split('¡').length, `${path}: ${text}`).toBe(text.split('!').length);
      expect(text, path).toBe(text.trim());
    }
  });

  test('translateDefinition keeps every field name, kind, rule, stored value and picture', () => {
    const translated = translateDefinition(def, words);
    expect(shape(translated)).toEqual(shape(def));
    expect(allFields(translated).map((field) => field.label)).toEqual(allFields(def).map((field) => words.fields[field.name]?.label));
  });
});

/** A definition without its words: what must stay the same in every language. */
function shape(def: FormDefinition): unknown {
  return {
    id: def.id,
    version: def.version,
    picture: def.picture,
    owner: def.owner,
    intro: def.intro.length,
    sections: def.sections.map(({ id, hint, fields }) => ({ id, hasHint: hint !== undefined, fields: fields.map(fieldShape) })),
  };
}

function fieldShape(field: FieldDefinition): unknown {
  const { label: _label, official, hint, requiredMessage, ...rest } = field as FieldDefinition & { invalidMessage?: string };
  const out: Record<string, unknown> = { ...rest, words: [official, hint, requiredMessage].map((word) => word !== undefined) };
  if ('invalidMessage' in out) out['invalidMessage'] = true;
  if ('laterThan' in field && field.laterThan) out['laterThan'] = { field: field.laterThan.field };
  if ('options' in field) {
    out['options'] = field.options.map(({ label: _optionLabel, official: optionOfficial, hint: optionHint, ...option }) => ({
      ...option,
      words: [optionOfficial, optionHint].map((word) => word !== undefined),
    }));
  }
  return out;
}

describe('translateDefinition (the Spanish encounter form)', () => {
  const def = formModules.find((module) => module.record.id === 'encounter')!.definition;
  const before = JSON.stringify(def);
  const spanishDef = translateDefinition(def, encounter);
  /** The same words, looked up by any section id or field name. */
  const words: FormTranslation = encounter;

  test('the English definition is left as it was', () => {
    expect(JSON.stringify(def)).toBe(before);
    expect(def.title).toBe('Encounter Form');
  });

  test('the same field names, kinds and conditions, with the Spanish words', () => {
    expect(spanishDef.title).toBe('Formulario de reunión');
    expect(spanishDef.shortTitle).toBe('Reunión');
    expect(spanishDef.intro).toEqual(encounter.intro);
    expect(spanishDef.sections.map((s) => [s.id, s.title, s.hint])).toEqual(def.sections.map((s) => [s.id, words.sections[s.id]?.title, s.hint === undefined ? undefined : words.sections[s.id]?.hint]));
    const english = allFields(def);
    const fields = allFields(spanishDef);
    expect(fields.map((f) => [f.name, f.kind, f.required, f.showWhen])).toEqual(english.map((f) => [f.name, f.kind, f.required, f.showWhen]));
    for (const field of fields) {
      const fieldWords = words.fields[field.name];
      expect(field.label, field.name).toBe(fieldWords?.label);
      expect(field.official, field.name).toBe(fieldWords?.official);
      expect(field.hint, field.name).toBe(fieldWords?.hint);
      expect(field.requiredMessage, field.name).toBe(fieldWords?.requiredMessage);
    }
  });

  test('every choice keeps its stored value and picture, with Spanish words on the card and the paper form’s words in Spanish', () => {
    for (const name of ['location', 'progress', 'noActionReason']) {
      const english = allFields(def).find((f) => f.name === name)!;
      const field = allFields(spanishDef).find((f) => f.name === name)!;
      expect(optionsOf(field).map((o) => [o.value, o.picture])).toEqual(optionsOf(english).map((o) => [o.value, o.picture]));
      for (const option of optionsOf(field)) {
        const optionWords = words.fields[name]?.options?.[option.value];
        expect(option.label).toBe(optionWords?.label);
        expect(option.official).toBe(optionWords?.official);
        expect(option.hint).toBe(optionWords?.hint);
      }
    }
    const location = allFields(spanishDef).find((f) => f.name === 'location')!;
    expect(optionsOf(location).find((o) => o.value === 'community')).toEqual({ value: 'community', label: 'Afuera, en la ciudad', official: 'Visita en la comunidad', picture: 'park' });
  });

  test('the rules stay, and their messages come in Spanish', () => {
    const endTime = allFields(spanishDef).find((f) => f.name === 'endTime')!;
    expect(endTime).toMatchObject({ kind: 'time', laterThan: { field: 'startTime', message: encounter.fields.endTime.laterThanMessage } });
    const locationOther = allFields(spanishDef).find((f) => f.name === 'locationOther')!;
    expect(locationOther).toMatchObject({ maxLength: 100, invalidMessage: 'Escribe 100 letras o menos.' });

    const [, , , laterTime, , empty] = encounterExamples.invalid;
    expect(validateForm(spanishDef, laterTime!.values)).toEqual([{ field: 'endTime', message: encounter.fields.endTime.laterThanMessage }]);
    // Not the bad choice ("at-home", whose message is the catalog's) but no choice at all.
    const errors = validateForm(spanishDef, { ...empty!.values, location: '' });
    expect(errors.map((e) => e.field)).toEqual(['menteeName', 'location', 'menteeSignature']);
    expect(errors[0]!.message).toBe('Escribe el nombre.');
    expect(errors[1]!.message).toBe('Elige dónde fue la reunión.');
  });

  test('words a translation lacks stay as they were', () => {
    const partial = translateDefinition(def, { ...encounter, sections: {}, fields: { meetingDate: { label: 'Fecha de la reunión' } } });
    const fields = allFields(partial);
    expect(partial.sections[0]!.title).toBe(def.sections[0]!.title);
    expect(fields.find((f) => f.name === 'meetingDate')).toMatchObject({ label: 'Fecha de la reunión', requiredMessage: 'Write the meeting date.' });
    expect(fields.find((f) => f.name === 'location')!.label).toBe('Where did you meet?');
  });
});
