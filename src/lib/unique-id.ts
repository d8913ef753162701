/**
 * Element ids that are unique within a build and the same in every build (no random
 * parts), so rebuilt pages only change when their content does.
 */
const counters = new Map<string, number>();

/** Returns `prefix-N`, counting up per prefix. */
export function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}
