/**
 * The "Other forms" cards of a mentee's page (pure, no storage): the records of the forms
 * that have no part of their own on the page, newest first, with the form's title and
 * whether the record is finished. Each form's own part of the page (the plan, the
 * meetings) comes from its folder (`src/forms/<id>/HubSection.astro`).
 */
import { t } from '~/i18n/forms';
import type { StoredRecord } from '~/lib/storage';
import { recordHref } from '~/lib/urls';

/** One card under "Other forms". */
export interface OtherCard {
  id: string;
  formId: string;
  /** The form's title. */
  title: string;
  href: string;
  /** "Finished" or "Not finished". */
  stateText: string;
  /** False for a draft: the card marks it "Not finished". */
  finished: boolean;
}

/**
 * Cards for `records` (any forms, any order), newest change first. `titleOf` gives a
 * record's title: its form's title, with the part its list row names ("Mid-point").
 */
export function otherCards(records: readonly StoredRecord[], titleOf: (record: StoredRecord) => string): OtherCard[] {
  return [...records]
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map((r) => ({
      id: r.id,
      formId: r.formId,
      title: titleOf(r),
      href: recordHref(r.formId, r.id),
      stateText: t(r.status === 'finished' ? 'forms.finished' : 'forms.notFinished'),
      finished: r.status === 'finished',
    }));
}
