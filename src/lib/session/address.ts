/**
 * What a form page's address holds: `?record=<id>` for a record, `?person=<id>` for a new
 * form of a mentee. The page keeps the record id in its address as soon as there is
 * typing, so a reload finds the same record and its journal.
 */
import type { FormDefinition } from '~/lib/forms/types';
import { MENTOR_ID } from '~/lib/storage';

/** The record and person an address names. */
export interface AddressIds {
  /** The record to open; undefined for a new form. */
  recordId: string | undefined;
  /** The person a new record belongs to: the mentor for the mentor's own forms, else `?person`, else ''. */
  personId: string;
}

/** Reads the record and person from a form page's query string ('?record=…'). */
export function idsFromAddress(def: Pick<FormDefinition, 'owner'>, search: string): AddressIds {
  const params = new URLSearchParams(search);
  return {
    recordId: params.get('record') ?? undefined,
    personId: def.owner === 'mentor' ? MENTOR_ID : (params.get('person') ?? ''),
  };
}

/**
 * The query string that names `recordId`, keeping everything else (the mentee stays, for
 * a new form whose first save has not landed yet).
 * @returns the new query string ('?person=…&record=…'), or undefined when the address
 *   already names this record.
 */
export function addressWithRecord(search: string, recordId: string): string | undefined {
  const params = new URLSearchParams(search);
  if (params.get('record') === recordId) return undefined;
  params.set('record', recordId);
  return `?${params.toString()}`;
}
