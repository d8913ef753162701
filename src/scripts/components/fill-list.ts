/**
 * A long list drawn from a `<template>` in one go, for a list of many items whose fields
 * are only shown (the meetings on a mentee's page): no Alpine effect per field. Alpine's
 * `x-for` costs one effect per bound field of every item, each run through the CSP build's
 * evaluator: the 20 meeting cards (6 bindings each) and 12 progress pictures (3 each) took
 * about 100 ms of script at 4× CPU slowdown (issue 17, one CPU profile on a loaded machine).
 */

/**
 * Replaces the items of `list` with one copy of `template`'s first element per item,
 * filled by `fill` (it sets text, links and pictures on the copy).
 */
export function fillList<T>(list: HTMLElement | undefined, template: HTMLElement | undefined, items: readonly T[], fill: (copy: HTMLElement, item: T) => void): void {
  if (!list || !(template instanceof HTMLTemplateElement)) return;
  const made = items.map((item) => {
    const copy = template.content.firstElementChild?.cloneNode(true);
    if (!(copy instanceof HTMLElement)) throw new Error('fillList: the template holds no element');
    fill(copy, item);
    return copy;
  });
  list.replaceChildren(...made);
}

/** The element of `copy` that `selector` finds (the template's own markup: it is there). */
export function part<E extends Element = HTMLElement>(copy: HTMLElement, selector: string): E {
  const found = copy.querySelector<E>(selector);
  if (!found) throw new Error(`fillList: no ${selector} in the template`);
  return found;
}
