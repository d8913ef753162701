/**
 * The parts a form adds to its owner's hub page (a mentee's page, the Internship page),
 * found by file name in the form's folder, so the hub pages loop over `formsFor(owner)`
 * and never name a form:
 * - `src/forms/<id>/HubTop.astro`: shown at the top of the page (the big "New meeting");
 * - `src/forms/<id>/HubSection.astro`: the form's own section (the plan, the meetings,
 *   the hours). A mentee form without one is listed under "Other forms".
 * - `src/forms/<id>/views/<view>.astro`: a page the form adds, at `/forms/<id>/<view>/`.
 * Each part gets the form's definition as the prop `def`. Build time only.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

type Part = { default: AstroComponentFactory };

const tops = import.meta.glob<Part>('../../forms/*/HubTop.astro', { eager: true });
const sections = import.meta.glob<Part>('../../forms/*/HubSection.astro', { eager: true });
const views = import.meta.glob<Part>('../../forms/*/views/*.astro', { eager: true });

/** The form's `HubTop.astro`, if it has one. */
export function hubTop(formId: string): AstroComponentFactory | undefined {
  return tops[`../../forms/${formId}/HubTop.astro`]?.default;
}

/** The form's `HubSection.astro`, if it has one. */
export function hubSection(formId: string): AstroComponentFactory | undefined {
  return sections[`../../forms/${formId}/HubSection.astro`]?.default;
}

/** Every page forms add: the form id, the view's id (its file name) and its component. */
export function formViews(): { formId: string; view: string; component: AstroComponentFactory }[] {
  return Object.entries(views).flatMap(([path, part]) => {
    const m = /\/forms\/([^/]+)\/views\/([^/]+)\.astro$/.exec(path);
    return m?.[1] && m[2] ? [{ formId: m[1], view: m[2], component: part.default }] : [];
  });
}
