/**
 * Which page visits are open now, in any tab: each form page holds a Web Lock named
 * after its visit for as long as it is open, and the browser lets go of it when the tab
 * closes or crashes. So a journal entry of a visit whose lock is held is another tab's
 * typing in progress, not lost work. Where Web Locks are missing, no visit counts as open
 * (the journal is offered as before).
 */

/** Holds and asks after the locks of page visits. */
export interface LiveSessions {
  /** Marks this visit open until the page goes away. */
  hold(session: string): void;
  /** True when that visit is open now, in this tab or another. */
  isLive(session: string): Promise<boolean>;
}

const PREFIX = 'wb.session.';

function locks(): LockManager | undefined {
  try {
    return globalThis.navigator?.locks ?? undefined;
  } catch {
    return undefined;
  }
}

/** The browser's Web Locks. */
export const webLockSessions: LiveSessions = {
  hold(session) {
    // The callback's promise never settles: the lock is held until the page goes away.
    void locks()
      ?.request(PREFIX + session, () => new Promise<never>(() => {}))
      .catch(() => undefined);
  },
  async isLive(session) {
    const manager = locks();
    if (!manager) return false;
    try {
      const state = await manager.query();
      return (state.held ?? []).some((lock) => lock.name === PREFIX + session);
    } catch {
      return false;
    }
  },
};
