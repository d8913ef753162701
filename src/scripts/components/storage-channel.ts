/**
 * The BroadcastChannel tabs use to tell each other that records changed, so no tab
 * silently overwrites another: form pages post after every save or delete, Settings after
 * opening a backup file.
 */

/** The channel's name. */
export const RECORDS_CHANNEL = 'wb-records';

/** A message on the records channel. `all`: many records may have changed (a backup was opened). */
export interface RecordsMessage {
  recordId?: string;
  deleted?: boolean;
  all?: boolean;
}

/** Tells other tabs that records changed. Does nothing where BroadcastChannel is missing. */
export function announceRecordsChanged(message: RecordsMessage): void {
  if (!('BroadcastChannel' in globalThis)) return;
  const channel = new BroadcastChannel(RECORDS_CHANNEL);
  channel.postMessage(message);
  channel.close();
}
