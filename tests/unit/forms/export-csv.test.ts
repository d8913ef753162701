import { describe, expect, test } from 'vitest';
import { definition as encounter } from '~/forms/encounter/definition';
import { examples as encounterExamples } from '~/forms/encounter/examples';
import { definition as timeLogEntry } from '~/forms/time-log-entry/definition';
import { examples as timeLogEntryExamples } from '~/forms/time-log-entry/examples';
import { formatLocalDate } from '~/lib/forms/dates';
import { csvCell, toCsv } from '~/lib/forms/export-csv';

/** A small RFC 4180 reader, to check that what we write reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['', ''],
  ])('%j → %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rX', `"'\rX"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('formula guard: %j → %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });
});

describe('toCsv', () => {
  test('time log: the paper form’s words for questions and choices; CRLF line ends', () => {
    const csv = toCsv(timeLogEntry, [
      timeLogEntryExamples.valid,
      { ...timeLogEntryExamples.valid, activityNote: '=cmd|calc', durationHours: '2', durationMinutes: '0', faceToFace: 'no', activity: 'annual-retreat' },
    ]);
    expect(csv.split('\r\n')).toHaveLength(4); // header, 2 rows, '' after the last CRLF
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Date', 'Activity', 'Tell a little more about it', 'How long? Hours', 'And minutes', 'Was this face-to-face mentoring?', 'Peer mentor initials']);
    expect(rows[1]).toEqual(['12 May 2026', 'Mentoring one-on-one', 'Met Jordan at the library. Practiced the bus route.', '1', '15', 'Yes', 'SL']);
    expect(rows[2]).toEqual(['12 May 2026', 'Annual Peer Mentor Retreat', "'=cmd|calc", '2', '0', 'No', 'SL']);
  });

  test('encounter: commas, quotes and new lines survive; hidden follow-ups are blank', () => {
    const values = {
      ...encounterExamples.valid,
      progress: 'met-goal',
      progressExplain: 'old text that is now hidden',
      thingsToWorkOn: 'Buy a "day pass",\nthen ride.',
    };
    const rows = parseCsv(toCsv(encounter, [values]));
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    const at = (label: string) => row[header.indexOf(label)];
    expect(at('Things to work on before next meeting')).toBe('Buy a "day pass",\nthen ride.');
    expect(at('Progress and challenges')).toBe('Met goal');
    expect(at('Meeting start time')).toBe('2:00 PM');
    expect(at('Location of interaction')).toBe('Community visit');
    expect(row[header.indexOf('Please explain')]).toBe('');
    // The date is the local date of signing (11 May 2026 in America, 12 May in Asia).
    const signedOn = formatLocalDate(new Date('2026-05-11T20:16:00.000Z'));
    expect(at('Signature of mentor')).toBe(`Signed (typed): Sam Lee, ${signedOn}`);
    expect(signedOn).toMatch(/^1[12] May 2026$/);
  });

  test('no rows gives just the header line', () => {
    expect(toCsv(timeLogEntry, [])).toBe('Date,Activity,Tell a little more about it,How long? Hours,And minutes,Was this face-to-face mentoring?,Peer mentor initials\r\n');
  });
});
