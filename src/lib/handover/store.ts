/**
 * The handover files a supervisor opened, kept in the supervisor store (storage's
 * `supervisor.ts`, a database of its own): add, list (checked again), remove.
 */
import * as v from 'valibot';
import { keepFile, listKeptFiles, removeKeptFile } from '~/lib/storage';
import { HandoverSchema, type HandoverFile } from './schema';

/** A handover file kept in the supervisor store. */
export interface KeptHandover {
  id: string;
  addedAt: string;
  handover: HandoverFile;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps a checked handover file. The same file opened again replaces its copy.
 * @returns its id. @throws StorageError
 */
export async function keepHandover(handover: HandoverFile, now: Date): Promise<string> {
  const id = await sha256Hex(JSON.stringify(handover));
  await keepFile({ id, addedAt: now.toISOString(), file: handover });
  return id;
}

/** Every kept handover file, oldest first; one that no longer checks out is left out. @throws StorageError */
export async function listHandovers(): Promise<KeptHandover[]> {
  return (await listKeptFiles()).flatMap((kept) => {
    const parsed = v.safeParse(HandoverSchema, kept.file);
    return parsed.success ? [{ id: kept.id, addedAt: kept.addedAt, handover: parsed.output }] : [];
  });
}

/** Removes one kept handover file. @throws StorageError */
export function removeHandover(id: string): Promise<void> {
  return removeKeptFile(id);
}
