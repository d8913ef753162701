/**
 * Browser code gets a form with `loadForm(id)`: the module of that one form (definition
 * and hooks), loaded when asked, one chunk per form, so a page carries only its own form.
 * Build-time code imports the registry `~/forms` instead.
 */
import { currentLocale } from '~/i18n/locale';
import type { FormModule } from '~/lib/forms/module';
import type { FormTranslation } from '~/lib/forms/translation';

const loaders = import.meta.glob<{ form: FormModule }>('./*/index.ts');
/** Each form's Spanish words, loaded only on Spanish pages. */
const spanish = import.meta.glob<{ es: FormTranslation }>('./*/es.ts');

/**
 * The module of the form with this id, in the page's language, or undefined when there is no such form.
 * The code that puts a form into other words loads with those words, so English pages never carry it.
 */
export async function loadForm(id: string): Promise<FormModule | undefined> {
  const load = loaders[`./${id}/index.ts`];
  if (!load) return undefined;
  const words = currentLocale() === 'es' ? spanish[`./${id}/es.ts`] : undefined;
  const [{ form }, translation, translator] = await Promise.all([load(), words?.(), words && import('~/lib/forms/translation')]);
  return translation && translator ? translator.translateModule(form, translation.es) : form;
}
