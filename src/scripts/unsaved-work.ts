/**
 * Whether the page holds typing that is not in IndexedDB yet, said on the page itself: the
 * `data-unsaved-work` attribute of `<html>`. Form pages set it; the update banner
 * (`app-shell.ts`, on every page) reads it and waits for it to go, so a new version never
 * reloads a page mid-typing. An attribute rather than a module both scripts import: a module
 * shared by the layout's script and a form page's script is a file of its own, one more
 * request on every page (issue 17).
 */

/** Called by form pages whenever their save state changes. */
export function setUnsavedWork(value: boolean): void {
  document.documentElement.toggleAttribute('data-unsaved-work', value);
}
