/**
 * Form definitions for browser code, read from the page. Pages embed the definitions
 * they use as JSON (`<FormDefinitions ids={[…]} />`), so a page's JavaScript never has
 * to carry all nine forms. Build-time code imports `~/forms` instead.
 */
import type { FormDefinition } from '~/lib/forms/types';

let cache: Map<string, FormDefinition> | undefined;

function load(): Map<string, FormDefinition> {
  if (cache) return cache;
  cache = new Map();
  for (const block of document.querySelectorAll('script[type="application/json"][data-form-definitions]')) {
    const defs = JSON.parse(block.textContent || '[]') as FormDefinition[];
    for (const def of defs) cache.set(def.id, def);
  }
  return cache;
}

/** The definition of a form embedded in this page, or undefined. */
export function getForm(id: string): FormDefinition | undefined {
  return load().get(id);
}
