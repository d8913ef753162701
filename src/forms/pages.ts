/** Where form pages live in the site, for the pages built from the registry. */
import { t } from '~/i18n';
import type { FormModule } from '~/lib/forms/module';
import type { FormDefinition } from '~/lib/forms/types';
import { formViews } from '~/lib/forms/hub-parts';
import { internshipHref, menteesHref } from '~/lib/urls';
import { currentLocale, type Locale } from '~/i18n/locale';
import type { FormListing } from '~/lib/forms/list-row';
import { listingOf } from '~/lib/forms/listings';
import { translateListing } from '~/lib/forms/translation';
import { formIds, formWordsIn, getFormModule } from './index';

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

/**
 * How lists show a form's records (`src/forms/<id>/list.ts`), with the words of its links
 * ("New meeting") in the language of the page being built.
 */
export function listingInLanguage(formId: string, locale: Locale = currentLocale()): FormListing {
  const listing = listingOf(formId);
  return locale === 'en' ? listing : translateListing(listing, formWordsIn(formId, locale)?.list);
}
