import { beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { keepHandovers, listHandovers, removeHandover } from '~/lib/handover/store';
import type { HandoverFile } from '~/lib/handover/schema';
import { SUPERVISOR_DB_NAME, deleteEverything, deleteSupervisorStore } from '~/lib/storage';

const at = '2026-12-01T09:00:00.000Z';
const handover = (name: string): HandoverFile => ({
  format: 'peer-mentor-workbook-handover', formatVersion: 1, appVersion: 't', createdAt: at,
  period: { from: '2026-11-01', to: '2026-11-30' },
  mentor: { id: 'mentor', kind: 'mentor', name, note: '', createdAt: at, updatedAt: at, revision: 1 },
  people: [], records: [], summary: { hours: null, evaluationsDone: [] },
});
const keepHandover = async (name: string, now: Date): Promise<string> => {
  const file = handover(name);
  const [kept] = await keepHandovers([{ handover: file, text: JSON.stringify(file) }], now);
  return kept?.id ?? '';
};

describe('the supervisor store', () => {
  beforeEach(async () => {
    await deleteSupervisorStore();
    globalThis.indexedDB = new IDBFactory();
  });

  test('keeps files in a database of its own, once each, and removes one', async () => {
    const first = await keepHandover('Sam Lee', new Date(at));
    await keepHandover('Sam Lee', new Date(at));
    await keepHandover('Kim Park', new Date('2026-12-01T10:00:00.000Z'));

    expect((await listHandovers()).map((k) => k.handover.mentor.name)).toEqual(['Sam Lee', 'Kim Park']);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([SUPERVISOR_DB_NAME]);

    await removeHandover(first);

    expect((await listHandovers()).map((k) => k.handover.mentor.name)).toEqual(['Kim Park']);
  });

  test('"Delete everything on this tablet" deletes the supervisor store too', async () => {
    await keepHandover('Sam Lee', new Date(at));
    await deleteEverything();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(SUPERVISOR_DB_NAME);
    expect(await listHandovers()).toEqual([]);
  });
});
