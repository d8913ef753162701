/** My Individual Plan: its definition and record rules. Its goals feed the encounter (see `goals.ts`). */
import type { FormModule } from '~/lib/forms/module';
import { definition } from './definition';
import { record } from './record';

/** The form module (see `FormModule`). */
export const form = {
  definition,
  record,
  // A period print starts with the plan in force at the end of the period.
  period: 'in-force',
} satisfies FormModule<'individual-plan'>;
