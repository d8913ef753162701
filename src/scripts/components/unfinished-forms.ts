/**
 * "Not finished yet" on Home (`UnfinishedForms.astro`): reads each person's most recently
 * changed records and lists the unfinished ones as links. Plain DOM, loaded after the
 * page. Reads at most `PER_PERSON` records per person (the newest changes), so Home stays
 * fast with hundreds of meetings; an older unfinished form still shows on its mentee page.
 */
import '~/forms/storage-setup';
import { t } from '~/i18n/mentees';
import { loadListings, recordTitle } from '~/lib/forms/listings';
import { unfinishedItems } from '~/lib/mentees/unfinished';
import { databaseExists, getMentorProfile, listMentees, listRecordsForPerson } from '~/lib/storage';

/** Records read per person. */
const PER_PERSON = 50;
/** Links shown at most. */
const SHOWN = 8;

/** Fills the list on this page, if it has one, and shows it when something is unfinished. */
export async function startUnfinishedForms(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-unfinished]');
  const list = box?.querySelector<HTMLElement>('[data-unfinished-list]');
  const template = box?.querySelector<HTMLTemplateElement>('[data-unfinished-item]');
  if (!box || !list || !template || !(await databaseExists())) return;
  try {
    const titles = JSON.parse(box.dataset['titles'] ?? '{}') as Record<string, string>;
    const [mentees, mentor] = await Promise.all([listMentees(), getMentorProfile()]);
    const people = mentor ? [mentor, ...mentees] : mentees;
    const records = (await Promise.all(people.map((p) => listRecordsForPerson(p.id, { limit: PER_PERSON })))).flat();
    await loadListings(records.filter((r) => r.status !== 'finished').map((r) => r.formId));
    const items = unfinishedItems(people, records, (r) => recordTitle(r, titles[r.formId] ?? r.formId, undefined));
    if (items.length === 0) return;
    list.replaceChildren(
      ...items.slice(0, SHOWN).map((item) => {
        const li = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
        li.querySelector('a')?.setAttribute('href', item.href);
        const title = li.querySelector('[data-item-title]');
        const note = li.querySelector('[data-item-note]');
        if (title) title.textContent = item.title;
        if (note) note.textContent = item.note;
        return li;
      }),
    );
    const more = box.querySelector<HTMLElement>('[data-unfinished-more]');
    if (more && items.length > SHOWN) {
      more.textContent = t('mentees.unfinishedMore', { count: items.length - SHOWN });
      more.hidden = false;
    }
    box.hidden = false;
  } catch {
    // Storage does not work: Home shows its tiles; the form pages say what is wrong.
  }
}
