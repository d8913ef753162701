/**
 * The words a form's folder shows outside its definition, on Spanish pages (issue 16): the
 * links of its `list.ts`, the log's CSV column, the evaluation's score on paper. Each comes
 * from the form's `es.ts` through the translated module (or the translated definition), and
 * English pages say exactly what they said before.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getFormModule } from '~/forms';
import { listingInLanguage } from '~/forms/listing-words';
import { examples as evaluationExamples } from '~/forms/internship-evaluation/examples';
import { paperScoreValue } from '~/forms/internship-evaluation/paper-score';
import { logCsv } from '~/forms/time-log-entry/log-csv';
import { es as encounterEs } from '~/forms/encounter/es';
import { setBuildLocale } from '~/i18n/locale';
import { listingOf } from '~/lib/forms/listings';
import { translationProblems } from './translation-problems';
import type { StoredRecord } from '~/lib/storage';

describe('the links of list.ts', () => {
  test('in Spanish from each form’s es.ts', async () => {
    expect((await listingInLanguage('encounter', 'es')).newLabel).toBe('Nueva reunión');
    expect((await listingInLanguage('mentoring-agreement', 'es')).newLabel).toBe('Nuevo acuerdo de mentoría');
    expect((await listingInLanguage('mentee-evaluation', 'es')).newLabel).toBe('Nueva evaluación del mentorado');
    expect((await listingInLanguage('mentee-evaluation', 'es')).views).toEqual([{ id: 'compare', label: 'A la mitad y al final, lado a lado' }]);
    expect((await listingInLanguage('time-log-review', 'es')).newLabel).toBeUndefined();
  });

  test('the rest of the listing is the same one', async () => {
    const spanish = await listingInLanguage('encounter', 'es');
    const english = listingOf('encounter');
    const { newLabel: _en, ...englishRest } = english;
    const { newLabel: _es, ...spanishRest } = spanish;
    expect(spanishRest).toEqual(englishRest);
    expect(spanish.pageSize).toBe(20);
  });

  test('in English as before', async () => {
    expect((await listingInLanguage('encounter', 'en')).newLabel).toBe('New meeting');
    expect((await listingInLanguage('mentee-evaluation', 'en')).views).toEqual([{ id: 'compare', label: 'Mid-point and end, side by side' }]);
    expect(await listingInLanguage('mentoring-agreement', 'en')).toBe(listingOf('mentoring-agreement'));
  });

  test('a translation that lacks them, or has links the form does not, is not complete', () => {
    const def = getFormModule('encounter', 'en')!.definition;
    const { list: _list, ...withoutList } = encounterEs;
    expect(translationProblems(def, withoutList, listingOf('encounter'))).toEqual(['missing list.newLabel']);
    expect(translationProblems(def, { ...encounterEs, list: { newLabel: 'Nueva reunión', views: { compare: 'Comparar' } } }, listingOf('encounter'))).toEqual([
      'not on the form: list.views.compare',
    ]);
  });

  describe('at build time, in the language of the page being built', () => {
    beforeEach(() => setBuildLocale('es'));
    afterEach(() => setBuildLocale('en'));

    test('a Spanish page gets the Spanish words', async () => {
      expect((await listingInLanguage('encounter')).newLabel).toBe('Nueva reunión');
    });
  });
});

describe('the time log as a CSV file', () => {
  const entry = {
    id: 'e1',
    personId: 'mentor',
    formId: 'time-log-entry',
    formVersion: 2,
    status: 'finished',
    data: { date: '2026-05-01', activity: 'mentoring-one-on-one', activityNote: '', durationHours: '1', durationMinutes: '10', faceToFace: 'yes', initials: 'SL' },
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    revision: 1,
  } as unknown as StoredRecord;
  const header = (csv: string): string => csv.slice(1).split('\r\n')[0] ?? '';

  describe('on a Spanish page', () => {
    beforeEach(() => setBuildLocale('es'));
    afterEach(() => setBuildLocale('en'));

    test('every column is in Spanish, the hours column too', () => {
      const columns = header(logCsv(getFormModule('time-log-entry')!.definition, [entry])).split(',');
      expect(columns).toContain('Número de horas');
      expect(columns.indexOf('Número de horas')).toBe(5);
      expect(columns).not.toContain('Number of hours');
    });
  });

  test('in English as before', () => {
    expect(header(logCsv(getFormModule('time-log-entry', 'en')!.definition, [entry]))).toBe(
      'Date,Activity,Tell a little more about it,How long? Hours,And minutes,Number of hours,Was this face-to-face mentoring?,Peer mentor initials',
    );
  });
});

describe('the internship evaluation’s score on paper', () => {
  const values = evaluationExamples.valid;

  describe('on a Spanish paper copy', () => {
    beforeEach(() => setBuildLocale('es'));
    afterEach(() => setBuildLocale('en'));

    test('each area has the Spanish paper form’s words, from the definition it prints', () => {
      const lines = paperScoreValue.paperText(values, { definition: getFormModule('internship-evaluation')!.definition }).split('\n');
      expect(lines[0]).toBe('Puntaje');
      expect(lines).toContain('Manejo del tiempo: 3');
      expect(lines).toContain('Comunicación escrita: 2');
      expect(lines).toContain('Uso de términos profesionales: 3');
      expect(lines.filter((line) => /: [1-5]$/.test(line))).toHaveLength(13);
      expect(lines.join('\n')).not.toMatch(/Time Management|Written Communication/);
    });
  });

  test('on an English paper copy, as before (with or without the definition)', () => {
    const withDefinition = paperScoreValue.paperText(values, { definition: getFormModule('internship-evaluation', 'en')!.definition });
    expect(withDefinition).toBe(paperScoreValue.paperText(values));
    expect(withDefinition.split('\n')).toContain('Time Management: 3');
  });
});
