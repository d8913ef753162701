/** Where form pages live in the site, for the pages built from the registry. */
import type { FormDefinition } from '~/lib/forms/types';
import { internshipHref, menteesHref } from '~/lib/urls';
import { formModules } from './index';

/** `getStaticPaths` for pages made once per form: /forms/<id>/… */
export function formPaths() {
  return formModules.map((form) => ({ params: { id: form.record.id }, props: { form } }));
}

/** The part of the site a form belongs to: My mentees for a mentee's forms, else Internship. */
export function formHome(def: FormDefinition): { href: string; label: string } {
  return def.owner === 'mentee' ? { href: menteesHref, label: 'My mentees' } : { href: internshipHref, label: 'Internship' };
}
