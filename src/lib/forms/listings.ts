/**
 * Every form's listing (`src/forms/<id>/list.ts`, see `list-row.ts`), found by file name,
 * and where a form stands on a hub page, from its newest record.
 *
 * Each listing is its own chunk, loaded with `loadListings(formIds)` by the page that lists
 * those forms (a hub page names them in `data-form-ids`, and the build preloads their chunks
 * with the page, see `src/build/page-weight.ts`): the Internship page does not carry the
 * mentee forms' listings and their words, nor a mentee's page the internship's.
 */
import { t } from '~/i18n/forms';
import type { StoredRecord } from '~/lib/storage';
import { formHref, newRecordHref, paperHref, recordHref } from '~/lib/urls';
import { baseRow, type FormListing, type ListRow } from './list-row';
import type { FormDefinition } from './types';

const loaders = new Map(
  Object.entries(import.meta.glob<FormListing>('../../forms/*/list.ts')).map(([path, load]) => [/\/forms\/([^/]+)\/list\.ts$/.exec(path)?.[1] ?? '', load]),
);
const loaded = new Map<string, FormListing>();

/** Loads the listings of these forms (each once); call it before `listingOf` and the functions that use it. */
export async function loadListings(formIds: Iterable<string>): Promise<void> {
  const wanted = [...new Set(formIds)].filter((id) => !loaded.has(id));
  await Promise.all(
    wanted.map(async (id) => {
      const load = loaders.get(id);
      if (load) loaded.set(id, await load());
    }),
  );
}

/**
 * The listing of a form; a form without `list.ts` gets rows with no date, title or detail.
 * A form whose listing was not loaded first (`loadListings`) gets the same, and an error in
 * the console (the page forgot to load it: its lists show less than they should).
 */
export function listingOf(formId: string): FormListing {
  const listing = loaded.get(formId);
  if (listing) return listing;
  if (loaders.has(formId)) console.error(`The listing of "${formId}" was used before loadListings loaded it`);
  return { listRow: (record) => baseRow(record) };
}

/** A record as one row, by its form's `listRow`. */
export function listRow(record: StoredRecord, def: FormDefinition | undefined): ListRow {
  return listingOf(record.formId).listRow(record, def);
}

/** Where one of a person's forms stands, from its newest record (see `formState`). */
export interface FormState {
  exists: boolean;
  finished: boolean;
  /** Its fill page: the newest record, or a new one. */
  href: string;
  /** Its paper form: the newest record, or a blank one. */
  paperHref: string;
  /** "Not started yet.", "Finished on 30 June 2026.", "Started. Not finished yet." */
  stateText: string;
  /** The newest record as a row, if any. */
  row: ListRow | undefined;
}

/** Where a form stands, from its newest record (`record`, if any) and the form's `listRow`. */
export function formState(formId: string, record: StoredRecord | undefined, def: FormDefinition | undefined, personId = ''): FormState {
  if (!record) {
    return {
      exists: false,
      finished: false,
      href: personId ? newRecordHref(formId, personId) : formHref(formId),
      paperHref: paperHref(formId),
      stateText: t('forms.stateNotStarted'),
      row: undefined,
    };
  }
  const row = listingOf(formId).listRow(record, def);
  const finished = record.status === 'finished';
  const key = finished ? (row.date ? 'forms.stateFinishedOn' : 'forms.stateFinished') : row.date ? 'forms.stateStartedOn' : 'forms.stateStarted';
  return {
    exists: true,
    finished,
    href: recordHref(formId, record.id),
    paperHref: paperHref(formId, { record: record.id }),
    stateText: t(key, { date: row.dateText }),
    row,
  };
}

/**
 * A record's name in lists that name records by their form: the form's title, and the
 * part the row's title names when the form says it names which one it is
 * ("Performance Evaluation by Mentee: Mid-point").
 */
export function recordTitle(record: StoredRecord, formTitle: string, def: FormDefinition | undefined): string {
  const listing = listingOf(record.formId);
  const part = listing.titleNamesIt ? listing.listRow(record, def).title : '';
  return part ? t('forms.recordTitle', { title: formTitle, part }) : formTitle;
}
