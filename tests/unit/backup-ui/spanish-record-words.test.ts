/**
 * Records named on Spanish pages (issue 16): each form's noun comes from its `es.ts`
 * (through `recordNounOf`, not the whole translation), the messages around it need no
 * article, and a backup file's name keeps the noun's letters without accents. English
 * pages say exactly what they said before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forms, inLanguage, formModules } from '~/forms';
import { recordNounOf } from '~/forms/records';
import { setBuildLocale } from '~/i18n/locale';
import { formBackupFileName } from '~/lib/backup-ui/form-backup';
import { countRecords, recordNounFor } from '~/lib/backup-ui/record-counts';
import { recordName, recordNoun } from '~/lib/backup-ui/record-words';
import { describeCollision, describeImportPlan } from '~/lib/backup-ui/words';
import type { ImportPlan, ImportSide } from '~/lib/storage';

function plan(byForm: ImportPlan['byForm'], over: Partial<ImportPlan> = {}): ImportPlan {
  return {
    newMentees: 0,
    newerMentees: 0,
    olderOrSameMentees: 0,
    newRecords: 0,
    newerRecords: 0,
    olderOrSameRecords: 0,
    mentorChanged: false,
    byForm: Object.assign(Object.create(null) as ImportPlan['byForm'], byForm),
    replacedPeople: [],
    replacedRecords: [],
    keptSigned: [],
    collisions: [],
    ...over,
  };
}

const meetings = { encounter: { newRecords: 14, newerRecords: 3, olderOrSameRecords: 0 }, 'individual-plan': { newRecords: 1, newerRecords: 0, olderOrSameRecords: 0 } };
const meeting = { formId: 'encounter', data: { meetingDate: '2026-05-03' }, createdAt: '2026-06-01T12:00:00.000Z' };
const side: ImportSide = { formId: 'encounter', personId: 'ana', personName: 'Ana López', date: '', changedAt: '2026-12-01T09:00:00.000Z', signed: false };

describe('on Spanish pages', () => {
  beforeEach(() => setBuildLocale('es'));
  afterEach(() => setBuildLocale('en'));

  it('every form names its records in Spanish', () => {
    expect(recordNounOf('encounter')).toEqual({ one: 'reunión', other: 'reuniones' });
    expect(recordNoun('mentoring-agreement')).toBe('acuerdo de mentoría');
    expect(recordNoun('time-log-entry')).toBe('anotación de horas');
    for (const def of forms) {
      const english = recordNounOf(def.id, 'en');
      const spanish = recordNounOf(def.id);
      // "plan" is the same word in both languages; its plural is not.
      if (english?.one !== 'plan') expect(spanish?.one, def.id).not.toBe(english?.one);
      expect(spanish?.other, def.id).not.toBe(english?.other);
    }
    expect(recordNounOf('no-such-form')).toBeUndefined();
    expect(recordNoun('no-such-form')).toBe('formulario');
  });

  it('the form module in Spanish carries the same noun (the delete button, the backup file)', () => {
    for (const module of formModules) expect(inLanguage(module, 'es').record.noun, module.record.id).toEqual(recordNounOf(module.record.id, 'es'));
    const encounter = formModules.find((m) => m.record.id === 'encounter')!;
    expect(inLanguage(encounter, 'es').record.migrate({ meetingDate: '2026-05-03' }, 1)).toEqual({ meetingDate: '2026-05-03', locationOther: '' });
  });

  it('counts, names and new records in Spanish, with no adjective to agree with the noun', () => {
    expect(countRecords('encounter', 1)).toBe('1 reunión');
    expect(countRecords('encounter', 14)).toBe('14 reuniones');
    expect(recordNounFor('individual-plan', 2)).toBe('planes');
    expect(recordName(meeting, ['meetingDate'])).toBe('reunión del 3 de mayo de 2026');
    const words = describeImportPlan(plan(meetings, { newMentees: 2 }));
    expect(words.changes).toEqual(['2 mentorados nuevos', '14 reuniones más', '1 plan más', '3 reuniones con cambios más nuevos que los tuyos']);
    expect(describeCollision(plan({}, { collisions: [{ id: 'm1', tablet: side, file: side }] }))).toContain('Ana López: reunión.');
  });

  it('a backup file name keeps the letters without accents', () => {
    expect(formBackupFileName(recordNoun('encounter'), new Date(2026, 10, 22))).toBe('cuaderno-formulario-reunion-2026-11-22.json');
    expect(formBackupFileName(recordNoun('mentoring-agreement'), new Date(2026, 10, 22))).toBe('cuaderno-formulario-acuerdo-de-mentoria-2026-11-22.json');
    expect(formBackupFileName('año niño', new Date(2026, 10, 22))).toBe('cuaderno-formulario-ano-nino-2026-11-22.json');
  });
});

describe('on English pages, as before', () => {
  it('names, counts and new records in English', () => {
    expect(recordNounOf('encounter')).toEqual({ one: 'meeting', other: 'meetings' });
    expect(inLanguage(formModules.find((m) => m.record.id === 'encounter')!, 'en').record.noun.one).toBe('meeting');
    expect(recordNounFor('encounter', 1)).toBe('meeting');
    expect(recordName(meeting, ['meetingDate'])).toBe('the meeting on 3 May 2026');
    expect(describeImportPlan(plan(meetings)).changes).toEqual(['14 new meetings', '1 new plan', '3 meetings newer than yours']);
    expect(formBackupFileName(recordNoun('encounter'), new Date(2026, 10, 22))).toBe('workbook-form-meeting-2026-11-22.json');
  });
});
