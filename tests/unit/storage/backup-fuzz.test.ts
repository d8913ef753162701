/**
 * Fuzzing backup import: well over 1,000 generated files, mostly broken or hostile.
 * Each one is either refused with a problem string (and the database is byte-for-byte
 * unchanged), or it is still a valid backup and must merge exactly as the merge rules
 * say (checked against a small model).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_FORMAT,
  MENTOR_ID,
  addMentee,
  applyImport,
  backupProblems,
  createRecord,
  exportBackup,
  finishRecord,
  parseBackupText,
  planImport,
  saveMentorProfile,
  serializeBackup,
  startNewVersion,
} from '~/lib/storage';
import type { BackupFile } from '~/lib/storage';
import { drawnSignature, freshDb, installMemoryStorage, readAll, sampleAnswers, stableStringify, useRealClock, useStepClock } from '../helpers/db';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra-key'; at: number; key: string; value: unknown }
  | { kind: 'huge'; at: number; size: number }
  | { kind: 'format-version'; value: unknown }
  | { kind: 'format'; value: string }
  | { kind: 'too-many'; part: 'records' | 'people' }
  | { kind: 'valid'; change: 'bump' | 'new-id' | 'later' | 'older' | 'text'; at: number; by: number; id: string };
type TextMutation = { kind: 'none' } | { kind: 'truncate'; at: number } | { kind: 'garbage'; text: string } | { kind: 'prefix'; text: string };

let base: BackupFile;
let baseJson: Json;

beforeAll(async () => {
  await freshDb();
  installMemoryStorage();
  useStepClock('2026-05-01T09:00:00.000Z', 1000);
  await saveMentorProfile({ name: 'Sam', agency: 'The Arc', supervisor: 'Pat' });
  const people = [await addMentee({ name: 'Ana López' }), await addMentee({ name: 'Bo' }), await addMentee({ name: 'Cy', note: 'Note' })];
  for (const [i, p] of people.entries()) {
    const plan = await createRecord({ formId: 'individual-plan', formVersion: 1, personId: p.id, data: { goal: `Goal ${i}`, sig: drawnSignature(4, i) } });
    await finishRecord(plan.id, { goal: `Goal ${i}`, sig: drawnSignature(4, i) }, 1);
    if (i === 0) await startNewVersion(plan.id);
    await createRecord({ formId: 'encounter', formVersion: 1, personId: p.id, data: sampleAnswers(i) });
  }
  await createRecord({ formId: 'time-log-entry', formVersion: 1, personId: MENTOR_ID, data: { hours: '2' } });
  base = await exportBackup({ appVersion: '0.1.0', now: new Date('2026-05-02T00:00:00.000Z') });
  baseJson = JSON.parse(serializeBackup(base)) as Json;
  // The tablet under test holds an older, partial copy: some of the file is new to it.
  await freshDb();
  await applyImport({ ...base, records: base.records.slice(0, 4) });
});
afterAll(() => useRealClock());

/** Every (parent, key) slot in a JSON tree, depth first. */
function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) {
        out.push({ parent: node, key: k });
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const out: (Json[] | { [key: string]: Json })[] = [root as { [key: string]: Json }];
  for (const { parent, key } of slots(root)) {
    const v = (parent as Record<string | number, Json>)[key];
    if (v !== null && typeof v === 'object') out.push(v);
  }
  return out;
}

function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function applyMutation(doc: Json, m: Mutation): string | undefined {
  const obj = doc as { [key: string]: Json };
  switch (m.kind) {
    case 'set': {
      const all = slots(doc);
      const slot = all[m.at % all.length];
      if (slot) setOwn(slot.parent, slot.key, m.value);
      return undefined;
    }
    case 'delete': {
      const all = slots(doc);
      const slot = all[m.at % all.length];
      if (!slot) return undefined;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key];
      return undefined;
    }
    case 'extra-key': {
      const all = containers(doc);
      const target = all[m.at % all.length];
      if (!target) return undefined;
      if (Array.isArray(target)) target.push(m.value as Json);
      else setOwn(target, m.key, m.value);
      return undefined;
    }
    case 'huge': {
      const strings = slots(doc).filter(({ parent, key }) => typeof (parent as Record<string | number, Json>)[key] === 'string');
      const slot = strings[m.at % strings.length];
      if (slot) {
        const old = (slot.parent as Record<string | number, string>)[slot.key] ?? '';
        setOwn(slot.parent, slot.key, old + 'A'.repeat(m.size));
      }
      return undefined;
    }
    case 'format-version':
      obj['formatVersion'] = m.value as Json;
      return undefined;
    case 'format':
      obj['format'] = m.value;
      return undefined;
    case 'too-many': {
      // Cheap: 100,001 empty objects are refused by count before anything else.
      const head = JSON.stringify({ ...obj, [m.part]: [] });
      return head.replace(`"${m.part}":[]`, `"${m.part}":[${'{},'.repeat(100_000)}{}]`);
    }
    case 'valid': {
      const records = obj['records'];
      if (!Array.isArray(records) || records.length === 0) return undefined;
      const target = records[m.at % records.length];
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return undefined;
      if (typeof target['revision'] !== 'number' || typeof target['updatedAt'] !== 'string') return undefined;
      if (m.change === 'bump') {
        target['revision'] = target['revision'] + m.by;
        target['data'] = { changed: `by fuzz ${m.by}` };
      } else if (m.change === 'new-id') target['id'] = m.id;
      else if (m.change === 'later') target['updatedAt'] = new Date(Date.parse(target['updatedAt']) + m.by * 1000).toISOString();
      else if (m.change === 'older') target['revision'] = Math.max(1, target['revision'] - m.by);
      else target['data'] = { ...(target['data'] as object), extra: `text ${m.by}` };
      return undefined;
    }
  }
}

function applyTextMutation(text: string, t: TextMutation): string {
  if (t.kind === 'truncate') return text.slice(0, t.at % text.length);
  if (t.kind === 'garbage') return t.text;
  if (t.kind === 'prefix') return t.text + text;
  return text;
}

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, 1.5, 1e308, -0, 2 ** 53 + 2, '', ' ', 'x'.repeat(201), '2026-13-45T99:99:99Z', 'not-a-date', 'mentor', 'UPPER-Case', '../..', [], {}, null, true),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('extra-key' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'toString', 'hasOwnProperty'), fc.string({ maxLength: 10 })),
      value: anyValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.constantFrom(201, 20_001, 200_001, 1_000_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('format-version' as const), value: fc.constantFrom(2, 99, 0, -1, 1.5, '1', null, [1], 1e9) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('format' as const), value: fc.constantFrom('', 'peer-mentor-workbook', `${BACKUP_FORMAT} `, 'PEER-MENTOR-WORKBOOK-BACKUP') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('too-many' as const), part: fc.constantFrom('records' as const, 'people' as const) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('valid' as const),
      change: fc.constantFrom('bump' as const, 'new-id' as const, 'later' as const, 'older' as const, 'text' as const),
      at: fc.nat(),
      by: fc.integer({ min: 1, max: 5 }),
      id: fc.uuid(),
    }),
  },
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      text: fc.oneof(
        fc.string({ maxLength: 50 }),
        fc.constantFrom('', 'null', '0', '"x"', '[]', '{}', 'true', '<html></html>', '['.repeat(50_000), `{"a":${'['.repeat(10_000)}`, '\u0000\u0001'),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('prefix' as const), text: fc.constantFrom('x', ']', '\u0000', '//', ',') }) },
);

type Row = { id: string; revision: number; updatedAt: string; status?: string; data?: Record<string, unknown> };
type Rows = [unknown, unknown][];

/** Finished and holding a signature (an object answer): such a copy is never replaced by an unsigned one. */
function signed(row: Row): boolean {
  return row.status === 'finished' && Object.values(row.data ?? {}).some((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** What people and records must hold after a merge, by the rules: the later change wins (then the higher revision). */
function mergeModel(before: Rows, incoming: Row[]): string {
  const map = new Map<string, unknown>(before.map(([k, v]) => [k as string, v]));
  for (const row of incoming) {
    const existing = map.get(row.id) as Row | undefined;
    const later = !existing || row.updatedAt > existing.updatedAt || (row.updatedAt === existing.updatedAt && row.revision > existing.revision);
    if (later && !(existing && signed(existing) && !signed(row))) map.set(row.id, row);
  }
  return stableStringify([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe('backup import fuzzing', () => {
  it('refuses every bad file without touching the database, and merges every good one by the rules', async () => {
    let refused = 0;
    let merged = 0;
    let collided = 0;
    const problems = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), textMutation, async (mutations, textMut) => {
        const doc = structuredClone(baseJson);
        let text: string | undefined;
        for (const m of mutations) {
          text = applyMutation(doc, m);
          if (text !== undefined) break;
        }
        text = applyTextMutation(text ?? JSON.stringify(doc), textMut);
        const beforeRows = await readAll();
        const beforeDump = stableStringify(beforeRows);
        const result = parseBackupText(text, new TextEncoder().encode(text).length);
        if (!result.ok) {
          refused += 1;
          expect(typeof result.problem).toBe('string');
          expect([backupProblems.tooBig, backupProblems.notBackup, backupProblems.newer]).toSatisfy(
            (known: string[]) => known.includes(result.problem) || /^This backup file is damaged: .+\.$/.test(result.problem),
          );
          problems.add(result.problem.replace(/\d+/g, 'N'));
          expect(stableStringify(await readAll())).toBe(beforeDump);
          return;
        }
        const backup = result.backup;
        if ((await planImport(backup)).collisions.length > 0) {
          // A record with the id of another form's or person's record: refused as a whole.
          collided += 1;
          await expect(applyImport(backup)).rejects.toMatchObject({ kind: 'conflict' });
          expect(stableStringify(await readAll())).toBe(beforeDump);
          return;
        }
        merged += 1;
        await applyImport(backup);
        const after = await readAll();
        const incomingPeople = backup.mentor ? [backup.mentor, ...backup.people] : backup.people;
        expect(stableStringify(after['people'])).toBe(mergeModel(beforeRows['people'] ?? [], incomingPeople));
        // Stored records carry their `date` ('' with the default recordDate hook).
        expect(stableStringify(after['records'])).toBe(mergeModel(beforeRows['records'] ?? [], backup.records.map((r) => ({ ...r, date: '' }))));
        // Nothing was deleted.
        for (const store of ['people', 'records'] as const) {
          const keys = new Set((after[store] ?? []).map(([k]) => k));
          for (const [k] of beforeRows[store] ?? []) expect(keys.has(k)).toBe(true);
        }
      }),
      { numRuns: 1400, seed: 20261122, endOnFailure: true },
    );
    expect(refused).toBeGreaterThanOrEqual(1000);
    expect(merged).toBeGreaterThan(50);
    console.info(`backup fuzzing: ${refused} refused, ${collided} refused for an id of another form or person, ${merged} merged`);
    expect(problems.size).toBeGreaterThan(10);
    expect(({} as Record<string, unknown>)['extra']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('extra');
  }, 60_000);

  it('refuses hand-made hostile files', async () => {
    const before = stableStringify(await readAll());
    const valid = serializeBackup(base);
    const hostile = [
      valid.replace('"records":[', '"records":[{"__proto__":{"polluted":true}},'),
      valid.replace('"data":{', '"data":{"constructor":{"prototype":{"polluted":true}},'),
      valid.replace(`"format":"${BACKUP_FORMAT}"`, `"format":"${BACKUP_FORMAT}","__proto__":{"polluted":true}`),
      valid.replace('"mentor":{"id":"mentor"', '"mentor":{"id":"someone"'),
      valid.replace(/"kind":"mentee"/, '"kind":"mentor"'),
      JSON.stringify({ ...base, mentor: null }),
      JSON.stringify({ ...base, people: [...base.people, base.people[0]] }),
      JSON.stringify({ ...base, records: base.records.map((r, i) => (i === 0 ? { ...r, formId: 'Individual Plan' } : r)) }),
      JSON.stringify({ ...base, records: base.records.map((r, i) => (i === 0 ? { ...r, id: 'x'.repeat(101) } : r)) }),
      JSON.stringify({ ...base, records: base.records.map((r, i) => (i === 0 ? { ...r, data: { s: { kind: 'drawn', value: 'data:text/html;base64,PHNjcmlwdD4=', signedAt: '2026-01-01' } } } : r)) }),
      JSON.stringify({ ...base, records: base.records.map((r, i) => (i === 0 ? { ...r, data: Object.fromEntries(Array.from({ length: 1001 }, (_, k) => [`f${k}`, ''])) } : r)) }),
      JSON.stringify({ ...base, records: base.records.map((r, i) => (i === 0 ? { ...r, revision: 0 } : r)) }),
      JSON.stringify({ ...base, records: base.records.map((r, i) => (i === 0 ? { ...r, status: 'deleted' } : r)) }),
      valid.replace('"revision":1', '"revision":1e400'),
      '\uFEFF' + valid.slice(0, -1),
      '['.repeat(200_000),
    ];
    for (const text of hostile) {
      const result = parseBackupText(text, text.length);
      expect(result.ok, text.slice(0, 120)).toBe(false);
    }
    expect(stableStringify(await readAll())).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // A byte-order mark alone does not make a good file bad.
    expect(parseBackupText('\uFEFF' + valid, valid.length + 3).ok).toBe(true);
  });
});
