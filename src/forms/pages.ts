/** Where form pages live in the site, for the pages built from the registry. */
import { t } from '~/i18n';
import type { FormModule } from '~/lib/forms/module';
import type { FormDefinition } from '~/lib/forms/types';
import { formViews } from '~/lib/forms/hub-parts';
import { internshipHref, menteesHref } from '~/lib/urls';
import { formIds, getFormModule } from './index';

/** `getStaticPaths` for pages made once per form: /forms/<id>/… (the same in every language). */
export function formPaths() {
  return formIds.map((id) => ({ params: { id } }));
}

/** `getStaticPaths` for the pages forms add, /forms/<id>/<view>/ (`src/forms/<id>/views/<view>.astro`). */
export function formViewPaths() {
  return formViews().map(({ formId, view }) => {
    if (!getFormModule(formId, 'en')) throw new Error(`A view of an unknown form: src/forms/${formId}/views/${view}.astro`);
    return { params: { id: formId, view } };
  });
}

/** The form of a page made by `formPaths`, in the language of the page being built. */
export function formOfPage(params: Record<string, string | undefined>): FormModule {
  const form = params['id'] === undefined ? undefined : getFormModule(params['id']);
  if (!form) throw new Error(`No form "${params['id']}".`);
  return form;
}

/** The part of the site a form belongs to: My mentees for a mentee's forms, else Internship. */
export function formHome(def: FormDefinition): { href: string; label: string } {
  return def.owner === 'mentee' ? { href: menteesHref(), label: t('app.mentees') } : { href: internshipHref(), label: t('app.internship') };
}
