/**
 * Free space on the tablet, asked before a big write (opening a backup file) and shown on
 * Settings. Why: a write that fails on a full disk can make Chromium throw away the whole
 * database (see `health.ts`), so the workbook checks first and warns early.
 * `navigator.storage.estimate()` is an estimate; where a browser cannot say, nothing is
 * refused.
 */

/** Below this much free space, pages warn that the tablet is almost full. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;

/**
 * How much room a write of `bytes` of backup text needs: the records as stored take
 * about twice the text, and the database needs room for its log while writing.
 */
export function roomNeededFor(bytes: number): number {
  return 3 * bytes + 5 * 1024 * 1024;
}

/** What the estimate says about a write: enough room, enough but little left, or too little. */
export type SpaceVerdict = 'ok' | 'low' | 'too-little';

/**
 * Judges an estimate for a write of `bytes` (0: no write, just "is the tablet almost full?").
 * @returns 'ok' when the browser cannot say.
 */
export function judgeSpace(estimate: { usage?: number; quota?: number } | undefined, bytes = 0): SpaceVerdict {
  const { usage, quota } = estimate ?? {};
  if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(quota)) return 'ok';
  const needed = bytes > 0 ? roomNeededFor(bytes) : 0;
  const free = quota - usage;
  if (free < needed) return 'too-little';
  return free - needed < LOW_SPACE_BYTES ? 'low' : 'ok';
}

/** Asks the browser how much space is used and allowed; undefined when it cannot say. */
async function estimateSpace(): Promise<{ usage?: number; quota?: number } | undefined> {
  try {
    return typeof navigator.storage?.estimate === 'function' ? await navigator.storage.estimate() : undefined;
  } catch {
    return undefined;
  }
}

/** Judges the space for a write of `bytes` on this tablet now. */
export async function spaceFor(bytes = 0): Promise<SpaceVerdict> {
  return judgeSpace(await estimateSpace(), bytes);
}
