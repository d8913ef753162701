import { describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { examples as encounterExamples } from '~/forms/encounter/examples';
import { definition as individualPlan } from '~/forms/individual-plan/definition';
import { examples as individualPlanExamples } from '~/forms/individual-plan/examples';
import { definition as mentoringAgreement } from '~/forms/mentoring-agreement/definition';
import { examples as mentoringAgreementExamples } from '~/forms/mentoring-agreement/examples';
import { definition as timeLogEntry } from '~/forms/time-log-entry/definition';
import { examples as timeLogEntryExamples } from '~/forms/time-log-entry/examples';
import { requiredMessage, validateForm, SIGNATURE_REQUIRED_MESSAGE } from '~/lib/forms/validate';
import type { FieldDefinition, FormValues } from '~/lib/forms/types';

const messageFor = (errors: { field: string; message: string }[], field: string) =>
  errors.find((e) => e.field === field)?.message;

describe('validateForm', () => {
  test('an empty encounter lists every required shown field, in form order, with plain messages', () => {
    const errors = validateForm(encounter, {});
    expect(errors).toEqual([
      { field: 'menteeName', message: 'Write the name.' },
      { field: 'meetingDate', message: 'Write the meeting date.' },
      { field: 'startTime', message: 'Write the time the meeting started.' },
      { field: 'endTime', message: 'Write the time the meeting ended.' },
      { field: 'primaryGoal', message: 'Pick the goal you worked on, or write it in.' },
      { field: 'location', message: 'Choose where you met.' },
      { field: 'progress', message: 'Choose how it went.' },
      { field: 'menteeSignature', message: SIGNATURE_REQUIRED_MESSAGE },
      { field: 'mentorSignature', message: SIGNATURE_REQUIRED_MESSAGE },
    ]);
  });

  test('a shown follow-up is required; a hidden one is never an error, even with a bad old answer', () => {
    const valid = encounterExamples.valid;
    expect(messageFor(validateForm(encounter, { ...valid, progress: 'some-steps', stepsTaken: '' }), 'stepsTaken'))
      .toBe('Write the steps you took.');
    const hiddenJunk: FormValues = { ...valid, progress: 'met-goal', noActionReason: 'not-an-option', noActionOther: '' };
    expect(validateForm(encounter, hiddenJunk)).toEqual([]);
  });

  test('end time must be after start time', () => {
    const valid = encounterExamples.valid;
    const same = validateForm(encounter, { ...valid, startTime: '14:00', endTime: '14:00' });
    expect(same).toEqual([{ field: 'endTime', message: 'The end time must be after the start time. Check both times.' }]);
    expect(validateForm(encounter, { ...valid, startTime: '09:59', endTime: '10:00' })).toEqual([]);
    // A missing start time is its own error; the end time is not blamed for it.
    expect(validateForm(encounter, { ...valid, startTime: '', endTime: '10:00' }).map((e) => e.field)).toEqual(['startTime']);
  });

  test('how long: whole hours from 0 to 24 and whole minutes from 0 to 59, never decimals', () => {
    const valid = timeLogEntryExamples.valid;
    const errorOf = (name: string, value: string) => messageFor(validateForm(timeLogEntry, { ...valid, [name]: value }), name);
    for (const ok of ['0', '1', '24']) expect(errorOf('durationHours', ok), ok).toBeUndefined();
    for (const bad of ['1.25', '25', '-1', '1:10', 'abc']) expect(errorOf('durationHours', bad), bad).toBe('Write a whole number of hours, from 0 to 24.');
    for (const ok of ['0', '10', '59']) expect(errorOf('durationMinutes', ok), ok).toBeUndefined();
    for (const bad of ['60', '0.5', '-5']) expect(errorOf('durationMinutes', bad), bad).toBe('Write a whole number of minutes, from 0 to 59.');
    expect(errorOf('durationHours', '')).toBe('Write the hours. Write 0 if it was less than 1 hour.');
  });

  test('initials: 5 letters or fewer', () => {
    const valid = timeLogEntryExamples.valid;
    expect(validateForm(timeLogEntry, { ...valid, initials: 'ABCDE' })).toEqual([]);
    expect(validateForm(timeLogEntry, { ...valid, initials: 'ABCDEF' }))
      .toEqual([{ field: 'initials', message: 'Write 5 letters or fewer.' }]);
  });

  test('blank text and wrong types count as problems, with plain messages', () => {
    const valid = individualPlanExamples.valid;
    expect(validateForm(individualPlan, { ...valid, goal1: '  \n ' }))
      .toEqual([{ field: 'goal1', message: 'Write your first goal.' }]);
    expect(validateForm(individualPlan, { ...valid, goal1: ['a'] }))
      .toEqual([{ field: 'goal1', message: 'This answer could not be read. Please answer again.' }]);
  });

  test('signatures: a drawn one must be an SVG data URL; a typed one needs a name', () => {
    const valid = individualPlanExamples.valid;
    const at = '2026-05-04T15:30:00.000Z';
    expect(validateForm(individualPlan, { ...valid, menteeSignature: { kind: 'typed', value: ' ', signedAt: at } }))
      .toEqual([{ field: 'menteeSignature', message: SIGNATURE_REQUIRED_MESSAGE }]);
    expect(validateForm(individualPlan, { ...valid, menteeSignature: { kind: 'drawn', value: 'data:text/html,hi', signedAt: at } }))
      .toEqual([{ field: 'menteeSignature', message: 'Please sign again.' }]);
    expect(validateForm(individualPlan, { ...valid, menteeSignature: { kind: 'typed', value: 'Jo', signedAt: 'yesterday' } }))
      .toEqual([{ field: 'menteeSignature', message: 'Please sign again.' }]);
  });

  test('agreement: the checkbox must be ticked, phone and email must look right', () => {
    const valid = mentoringAgreementExamples.valid;
    expect(validateForm(mentoringAgreement, { ...valid, notSupervisor: [] }))
      .toEqual([{ field: 'notSupervisor', message: 'Check the box to say you agree.' }]);
    expect(validateForm(mentoringAgreement, { ...valid, notSupervisor: ['agree', 'agree'] }).map((e) => e.field))
      .toEqual(['notSupervisor']);
    expect(validateForm(mentoringAgreement, { ...valid, mentorPhone: '(608) 555 0123', mentorEmail: '' })).toEqual([]);
    expect(validateForm(mentoringAgreement, { ...valid, mentorPhone: '555' }).map((e) => e.field)).toEqual(['mentorPhone']);
  });

  test('validation never changes the answers', () => {
    const values: FormValues = { ...encounterExamples.valid, progress: 'some-steps', stepsTaken: '  ' };
    const copy = structuredClone(values);
    validateForm(encounter, Object.freeze(values));
    expect(values).toEqual(copy);
  });
});

describe('requiredMessage defaults built from the label', () => {
  // Only the label and kind matter here; the cast skips the kind's other properties (options, signer).
  const make = (kind: FieldDefinition['kind'], label: string): FieldDefinition => ({ name: 'x', kind, label }) as FieldDefinition;
  test.each([
    ['text', 'Goal 2', 'Write goal 2.'],
    ['date', 'Date reviewed', 'Write date reviewed.'],
    ['time', 'Meeting start time:', 'Write meeting start time.'],
    ['textarea', 'What did you do?', 'Write what did you do.'],
    ['radio', 'Location of interaction', 'Choose location of interaction.'],
    ['rating', 'Time Management', 'Choose time management.'],
    ['rating', 'Use of Professional Terminology', 'Choose use of professional terminology.'],
    ['text', 'BPDD contact', 'Write BPDD contact.'],
    ['text', 'The BPDDs Report', 'Write the BPDDs report.'],
    ['text', 'I feel fine', 'Write I feel fine.'],
    ['signature', 'Signature of mentee', 'Sign here, or type your name'],
  ] as const)('%s "%s" → %s', (kind, label, message) => {
    expect(requiredMessage(make(kind, label))).toBe(message);
  });

  test('requiredMessage on the field wins', () => {
    expect(requiredMessage({ ...make('text', 'Name'), requiredMessage: 'Write your name.' })).toBe('Write your name.');
  });
});
