/**
 * Asks the browser to keep the workbook's data even when the tablet gets full
 * (`navigator.storage.persist()`). Chromium and Safari decide by themselves; Firefox
 * may ask the person. Asked once per page, after the first real save.
 */
let asked = false;

/** Whether the browser promised to keep the data; undefined when it cannot say. */
export async function isPersisted(): Promise<boolean | undefined> {
  try {
    return typeof navigator.storage?.persisted === 'function' ? await navigator.storage.persisted() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks for persistent storage unless it is granted already: once per page, or again
 * when the person pressed a button to ask.
 */
export async function askToPersist(again = false): Promise<boolean | undefined> {
  if (typeof navigator.storage?.persist !== 'function') return undefined;
  try {
    if (await navigator.storage.persisted()) return true;
    if (asked && !again) return false;
    asked = true;
    return await navigator.storage.persist();
  } catch {
    return undefined;
  }
}
