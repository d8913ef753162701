/**
 * Answers as text on Spanish pages (issue 16): dates, times and signatures on the paper
 * copy, in lists and in the CSV file come in Spanish; English pages say what they said before.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getFormModule } from '~/forms';
import { setBuildLocale } from '~/i18n/locale';
import { answerText, signatureText } from '~/lib/forms/answer-text';
import { findField } from '~/lib/forms/fields';
import { formatDate, formatLocalDate, formatTime } from '~/lib/forms/dates';
import type { Signature } from '~/lib/forms/types';

const typed: Signature = { kind: 'typed', value: ' Ana López ', signedAt: new Date(2026, 4, 3, 15, 0).toISOString() };
const drawn: Signature = { kind: 'drawn', value: 'data:image/png;base64,AAAA', signedAt: new Date(2026, 4, 3, 15, 0).toISOString() };

describe('on a Spanish page', () => {
  beforeEach(() => setBuildLocale('es'));
  afterEach(() => setBuildLocale('en'));

  test('dates and times in Spanish', () => {
    expect(formatDate('2026-05-03')).toBe('3 de mayo de 2026');
    expect(formatDate('2026-12-25')).toBe('25 de diciembre de 2026');
    expect(formatLocalDate(new Date(2026, 0, 9))).toBe('9 de enero de 2026');
    expect(formatTime('14:05')).toMatch(/^2:05\sp\.\s?m\.$/u);
    expect(formatTime('00:05')).toMatch(/^12:05\sa\.\s?m\.$/u);
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatTime('25:00')).toBe('25:00');
  });

  test('signatures in Spanish', () => {
    expect(signatureText(typed)).toBe('Firma con el nombre escrito: Ana López, 3 de mayo de 2026');
    expect(signatureText(drawn)).toBe('Firma dibujada a mano, 3 de mayo de 2026');
    expect(signatureText({ ...drawn, signedAt: 'unknown' })).toBe('Firma dibujada a mano');
  });

  test('a meeting’s answers on paper, in lists and in the CSV file', () => {
    const def = getFormModule('encounter')!.definition;
    expect(answerText(findField(def, 'meetingDate')!, '2026-05-03')).toBe('3 de mayo de 2026');
    expect(answerText(findField(def, 'startTime')!, '09:30')).toMatch(/^9:30\sa\.\s?m\.$/u);
    expect(answerText(findField(def, 'menteeSignature')!, typed)).toBe('Firma con el nombre escrito: Ana López, 3 de mayo de 2026');
  });
});

describe('on an English page, as before', () => {
  test('dates, times and signatures', () => {
    expect(formatDate('2026-05-03')).toBe('3 May 2026');
    expect(formatDate('0026-01-09')).toBe('9 January 26');
    expect(formatTime('14:05')).toBe('2:05 PM');
    expect(formatTime('00:05')).toBe('12:05 AM');
    expect(signatureText(typed)).toBe('Signed (typed): Ana López, 3 May 2026');
    expect(signatureText(drawn)).toBe('Signed (drawn), 3 May 2026');
    expect(signatureText({ ...typed, signedAt: '' })).toBe('Signed (typed): Ana López');
  });
});
