/**
 * Browser code gets a form with `loadForm(id)`: the module of that one form (definition
 * and hooks), loaded when asked, one chunk per form, so a page carries only its own form.
 * Build-time code imports the registry `~/forms` instead.
 */
import type { FormModule } from '~/lib/forms/module';

const loaders = import.meta.glob<{ form: FormModule }>('./*/index.ts');

/** The module of the form with this id, or undefined when there is no such form. */
export async function loadForm(id: string): Promise<FormModule | undefined> {
  const load = loaders[`./${id}/index.ts`];
  return load ? (await load()).form : undefined;
}
