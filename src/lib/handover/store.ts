/**
 * The handover files a supervisor opened, kept in the supervisor store (storage's
 * `supervisor.ts`, a database of its own): add, list, remove.
 */
import { keepFiles, listKeptFiles, removeKeptFile } from '~/lib/storage';
import { HANDOVER_FORMAT, HANDOVER_FORMAT_VERSION, type HandoverFile } from './schema';

/** A handover file kept in the supervisor store. */
export interface KeptHandover {
  id: string;
  addedAt: string;
  handover: HandoverFile;
}

/** A file checked by `readHandoverText` or `unlockHandover`: the file and the text it was read from. */
interface CheckedHandover {
  handover: HandoverFile;
  text: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps checked handover files, all in one transaction. The same file opened again
 * replaces its copy (the id is the SHA-256 of the file's text).
 * @returns their ids, in order. @throws StorageError
 */
export async function keepHandovers(files: readonly CheckedHandover[], now: Date): Promise<KeptHandover[]> {
  const addedAt = now.toISOString();
  const kept = await Promise.all(files.map(async ({ handover, text }) => ({ id: await sha256Hex(text), addedAt, handover })));
  // Kept as the checked text: one string is far cheaper for IndexedDB to copy than the
  // thousands of objects it holds (about 1 s less at 20 peer mentors' files).
  await keepFiles(files.map(({ text }, i) => ({ id: kept[i]?.id ?? '', addedAt, file: text })));
  return kept;
}

/** A kept file's text, parsed (files kept before the text was kept are objects already). */
function parsedText(file: unknown): unknown {
  if (typeof file !== 'string') return file;
  try {
    return JSON.parse(file);
  } catch {
    return null;
  }
}

/**
 * Every kept handover file, oldest first.
 *
 * Trusted on read: only files checked completely when they were opened (`open.ts`) are
 * written to the supervisor store, and nothing else writes that database, so checking
 * each one again would only cost time (seconds at 20 peer mentors' files). A kept file
 * of another format or version (none exists yet) is left out.
 * @throws StorageError
 */
export async function listHandovers(): Promise<KeptHandover[]> {
  return (await listKeptFiles()).flatMap((kept) => {
    const file = parsedText(kept.file) as Partial<HandoverFile> | null;
    return file?.format === HANDOVER_FORMAT && file.formatVersion === HANDOVER_FORMAT_VERSION ? [{ id: kept.id, addedAt: kept.addedAt, handover: file as HandoverFile }] : [];
  });
}

/** Removes one kept handover file. @throws StorageError */
export function removeHandover(id: string): Promise<void> {
  return removeKeptFile(id);
}
