/** The exit-interview-mentor form: its definition and record rules; it needs no other hooks. */
import type { FormModule } from '~/lib/forms/module';
import { definition } from './definition';
import { record } from './record';

/** The form module (see `FormModule`). */
export const form = { definition, record } satisfies FormModule<'exit-interview-mentor'>;
