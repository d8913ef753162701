import { describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { definition as internshipEvaluation } from '~/forms/internship-evaluation/definition';
import { definition as menteeEvaluation } from '~/forms/mentee-evaluation/definition';
import { definition as mentoringAgreement } from '~/forms/mentoring-agreement/definition';
import { answerText } from '~/lib/forms/answer-text';
import { findField } from '~/lib/forms/fields';
import type { FieldDefinition, FormDefinition } from '~/lib/forms/types';

const f = (def: FormDefinition, name: string): FieldDefinition => {
  const field = findField(def, name);
  if (!field) throw new Error(name);
  return field;
};

describe('answerText', () => {
  test('choices show their plain words, or the paper form’s words when asked', () => {
    expect(answerText(f(encounter, 'location'), 'virtual')).toBe('On a video call or the phone');
    expect(answerText(f(encounter, 'location'), 'virtual', 'official')).toBe('Virtual visit');
    expect(answerText(f(menteeEvaluation, 'listens'), 'sometimes', 'official')).toBe('Sometimes');
    expect(answerText(f(menteeEvaluation, 'listens'), 'sometimes')).toBe('Sometimes');
    expect(answerText(f(mentoringAgreement, 'notSupervisor'), ['agree'])).toBe('Yes, we agree');
    expect(answerText(f(encounter, 'location'), 'retired-value')).toBe('retired-value');
  });

  test('a number scale shows the number and its words', () => {
    expect(answerText(f(internshipEvaluation, 'initiative'), '3')).toBe('3 – Often');
  });

  test('dates, times and empty answers', () => {
    expect(answerText(f(encounter, 'meetingDate'), '2026-05-03')).toBe('3 May 2026');
    expect(answerText(f(encounter, 'startTime'), '00:05')).toBe('12:05 AM');
    expect(answerText(f(encounter, 'endTime'), '12:30')).toBe('12:30 PM');
    expect(answerText(f(encounter, 'endTime'), '')).toBe('');
    expect(answerText(f(encounter, 'menteeSignature'), null)).toBe('');
    expect(answerText(f(encounter, 'thingsToWorkOn'), '  Bus times  ')).toBe('Bus times');
  });

  test('signatures', () => {
    const field = f(encounter, 'menteeSignature');
    const localNoon = new Date(2026, 4, 3, 12, 0).toISOString(); // 3 May 2026 in any time zone
    expect(answerText(field, { kind: 'typed', value: 'Jordan Rivera', signedAt: localNoon }))
      .toBe('Signed (typed): Jordan Rivera, 3 May 2026');
    expect(answerText(field, { kind: 'drawn', value: 'data:image/svg+xml;base64,AAAA', signedAt: localNoon }))
      .toBe('Signed (drawn), 3 May 2026');
  });
});
