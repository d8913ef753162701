/** The goals of a plan, for other forms to offer (the encounter's goal picker). */
import type { FormValues } from '~/lib/forms/types';

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A plan's goals, in order, without empty ones. */
export function planGoals(values: FormValues): string[] {
  return [text(values['goal1']), text(values['goal2'])].filter(Boolean);
}
