/**
 * "Not finished yet" on Home (pure, no storage): the forms that are started and not
 * finished, for every mentee and the peer mentor, the one changed last first. A version
 * that a newer one replaced (`supersededBy`) is history, not a thing to do.
 */
import { t } from '~/i18n/mentees';
import { recordDate } from '~/forms/records';
import { formatDate } from '~/lib/forms/dates';
import type { Person, StoredRecord } from '~/lib/storage';
import { recordHref } from '~/lib/urls';

/** One unfinished form. */
export interface UnfinishedItem {
  id: string;
  href: string;
  /** The form's title. */
  title: string;
  /** "Jordan Rivera. Started on 3 May 2026." / "My own form. Started." */
  note: string;
}

/** The unfinished records among `records`, newest change first. `titleOf` gives a record's title. */
export function unfinishedItems(
  people: readonly Person[],
  records: readonly StoredRecord[],
  titleOf: (record: StoredRecord) => string,
): UnfinishedItem[] {
  const names = new Map(people.map((p) => [p.id, p.kind === 'mentor' ? t('mentees.unfinishedMine') : p.name]));
  return records
    .filter((r) => r.status === 'draft' && r.supersededBy === undefined)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map((r) => {
      const date = recordDate(r.formId, r.data);
      const who = names.get(r.personId) ?? '';
      const started = date ? t('mentees.unfinishedStartedOn', { date: formatDate(date) }) : t('mentees.unfinishedStarted');
      return { id: r.id, href: recordHref(r.formId, r.id), title: titleOf(r), note: who ? `${who}. ${started}` : started };
    });
}
