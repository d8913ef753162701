/**
 * Whether the page holds typing that is not in IndexedDB yet. Form pages set it; the
 * update banner reads it, so a new version never reloads a page mid-typing.
 */
let unsaved = false;
const listeners = new Set<(unsaved: boolean) => void>();

/** Called by form pages whenever their save state changes. */
export function setUnsavedWork(value: boolean): void {
  if (value === unsaved) return;
  unsaved = value;
  for (const listener of listeners) listener(value);
}

/** True while typing waits to be saved. */
export function hasUnsavedWork(): boolean {
  return unsaved;
}

/** Hears changes; returns a function that stops listening. */
export function onUnsavedWorkChange(listener: (unsaved: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
