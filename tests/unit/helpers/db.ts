/**
 * Test helpers for on-device storage: a fresh fake IndexedDB per test, a stepping
 * clock, a byte-for-byte dump of the database, and an in-memory localStorage.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { FormValues, Signature } from '~/lib/forms/types';
import { closeDb, getDb } from '~/lib/storage/connection';
import { resetStorageHooks } from '~/lib/storage/hooks';
import { setClock } from '~/lib/storage/transactions';

/** Closes our connection, swaps in an empty IndexedDB and goes back to the default storage hooks. */
export async function freshDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  resetStorageHooks();
}

/**
 * A clock that starts at `start` and moves on `stepMs` each time it is read, so every
 * write gets a later `updatedAt`.
 */
export function useStepClock(start = '2026-01-01T09:00:00.000Z', stepMs = 60_000): void {
  let t = Date.parse(start);
  setClock(() => {
    const d = new Date(t);
    t += stepMs;
    return d;
  });
}

/** Back to the real clock. */
export function useRealClock(): void {
  setClock(null);
}

/** JSON with object keys sorted at every depth. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** Every store's keys and values, sorted by key. */
export async function readAll(): Promise<Record<string, [unknown, unknown][]>> {
  const db = await getDb();
  const out: Record<string, [unknown, unknown][]> = {};
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  for (const name of names) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    out[name] = keys.map((k, i) => [k, values[i]]);
  }
  await tx.done;
  return out;
}

/** A byte-for-byte dump of the whole database (all stores, sorted by key). */
export async function dumpDatabase(): Promise<string> {
  return stableStringify(await readAll());
}

/** An in-memory `Storage` like the browser's localStorage, with an optional size limit. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Throw a QuotaExceededError when the total length would go over this. */
  limit = Number.POSITIVE_INFINITY;

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(String(key)) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(String(key));
  }

  setItem(key: string, value: string): void {
    let total = String(value).length + String(key).length;
    for (const [k, v] of this.items) if (k !== key) total += k.length + v.length;
    if (total > this.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(String(key), String(value));
  }

  [name: string]: unknown;
}

/** Puts a fresh in-memory localStorage on `globalThis` and returns it. */
export function installMemoryStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  return storage;
}

/** A drawn signature shaped like signature_pad's SVG output, `curves` strokes long. */
export function drawnSignature(curves = 150, seed = 1, signedAt = '2026-03-04T10:00:00.000Z'): Signature {
  let x = 20 + seed;
  let y = 60;
  const paths: string[] = [];
  for (let i = 0; i < curves; i += 1) {
    const p = (n: number): string => n.toFixed(3);
    const nx = x + 2.5 + ((i * 7 + seed) % 5);
    const ny = 40 + ((i * 13 + seed * 3) % 40);
    paths.push(
      `<path d="M ${p(x)},${p(y)} C ${p(x + 0.8)},${p(y + 1.1)} ${p(nx - 0.9)},${p(ny - 1.3)} ${p(nx)},${p(ny)}" stroke-width="${(2 + (i % 7) / 3).toFixed(3)}" stroke="black" fill="none" stroke-linecap="round"></path>`,
    );
    x = nx;
    y = ny;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 600 200" width="600" height="200">${paths.join('')}</svg>`;
  return { kind: 'drawn', value: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, signedAt };
}

/** Some ordinary answers. */
export function sampleAnswers(n = 1): FormValues {
  return {
    meetingDate: '2026-03-04',
    whatWeDid: `We talked about the bus to work. Meeting ${n}.`,
    feelings: ['happy', 'tired'],
    goal: 'Take the bus on my own',
    mentorSignature: { kind: 'typed', value: 'Sam Mentor', signedAt: '2026-03-04T10:00:00.000Z' },
    supervisorSignature: null,
  };
}

/** Page visits that are open, for `liveSessions`: every session holds its visit until the test closes it ("the tab closes"). */
export class OpenTabs {
  readonly open = new Set<string>();
  hold(session: string): void {
    this.open.add(session);
  }
  isLive(session: string): Promise<boolean> {
    return Promise.resolve(this.open.has(session));
  }
  /** The tab of this visit closes (or crashes). */
  close(session: string): void {
    this.open.delete(session);
  }
}
