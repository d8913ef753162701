/** Where form pages live in the site, for the pages built from the registry. */
import type { FormDefinition } from '~/lib/forms/types';
import { forms } from './index';

/** `getStaticPaths` for pages made once per form: /forms/<id>/… */
export function formPaths() {
  return forms.map((def) => ({ params: { id: def.id }, props: { def } }));
}

/** The part of the site a form belongs to: My mentees for a mentee's forms, else Internship. */
export function formHome(def: FormDefinition): { href: string; label: string } {
  return def.owner === 'mentee' ? { href: '/mentees/', label: 'My mentees' } : { href: '/internship/', label: 'Internship' };
}
