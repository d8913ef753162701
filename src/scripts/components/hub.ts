/**
 * What a hub page (a mentee's page, the Internship page) gives the parts inside it: each
 * form's records and where each form stands. The hub reads the records of every form of
 * its owner (`formsFor(owner)`, listed on the page in `data-form-ids`); each form's own
 * part of the page (`src/forms/<id>/HubSection.astro`) is a child component that reads
 * them from here, so the hub never names a form.
 */
import type { FormState } from '~/lib/forms/listings';
import type { StoredRecord } from '~/lib/storage';

/** The hub's data and methods, as its child components see them (Alpine merges scopes). */
export interface HubScope {
  /** The person the page is about: a mentee's id, or the peer mentor's. */
  personId: string;
  loaded: boolean;
  /** A problem reading the records ('' when none). */
  problem: string;
  /** Goes up by one each time the records are read again (children watch it). */
  version: number;
  /** The form's records read so far (for paged forms, the newest pages). */
  recordsOf(formId: string): StoredRecord[];
  /** How many records the form has in all. */
  countOf(formId: string): number;
  /** Where the form stands, from its newest record. */
  stateOf(formId: string): FormState;
  /** Reads the next page of a paged form's records. */
  showMore(formId: string): Promise<void>;
}

/** The form ids a hub lists, from its root element's `data-form-ids` (or another data attribute) holding a JSON array. */
export function hubFormIds(root: HTMLElement, key = 'formIds'): string[] {
  try {
    const ids: unknown = JSON.parse(root.dataset[key] ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
