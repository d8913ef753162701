/**
 * A tiny typed event emitter for things the page must tell the user about that do not
 * come back from a function call: another tab updated the workbook, the browser closed
 * the database, or opening is blocked by another tab.
 */
import type { Loss } from './health';

/** Something storage wants the page to know. */
export type WorkbookStorageEvent =
  /** Opening waits for other tabs to close. Say: "Please close the workbook in your other tabs." */
  | { type: 'blocked' }
  /**
   * Another tab updated (or deleted) the database, so this tab closed its connection.
   * Say: "The workbook was updated. Please reload." `deleted` is true when the other tab
   * deleted everything.
   */
  | {
      type: 'version-changed';
      deleted: boolean;
      /** Set when the database was deleted although nobody chose "Delete everything" (see `health.ts`). */
      lost?: Loss;
    }
  /** The browser closed the database (for example, storage was cleared). It is reopened on next use. */
  | { type: 'terminated' };

/** A function that hears storage events. */
export type StorageEventListener = (event: WorkbookStorageEvent) => void;

const listeners = new Set<StorageEventListener>();

/**
 * Listens to storage events.
 * @returns a function that stops listening.
 */
export function onStorageEvent(listener: StorageEventListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener. A listener that throws does not stop the others. */
export function emitStorageEvent(event: WorkbookStorageEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.error('A storage event listener failed', error);
    }
  }
}
