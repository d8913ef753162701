/**
 * `encounterSection`: the Meetings part of a mentee's page (`HubSection.astro`): the
 * meetings newest first, the progress picture over the last 12, "Show more meetings" and
 * "Print all meetings". Reads the meetings from the mentee page (`HubScope`).
 */
import { t as tForms } from '~/i18n/forms';
import { t } from '~/i18n/mentees';
import { paperHref, recordHref } from '~/lib/urls';
import { getForm } from '~/forms/on-page';
import { defineChildComponent } from '~/scripts/components/define-component';
import { fillList, part } from '~/scripts/components/fill-list';
import { pictureSrc } from '~/scripts/components/page-pictures';
import type { HubScope } from '~/scripts/components/hub';
import { meetingRows, progressTally, type MeetingRow } from './list';

/** How many meetings the progress picture shows. */
const TRAIL = 12;

/** A meeting as its card shows it. */
interface MeetingCard extends MeetingRow {
  href: string;
  pictureSrc: string;
  /** "Met goal. Finished." */
  noteText: string;
}

/** Registered by `HubSection.astro` with `registerComponent('encounterSection', encounterSection)`. */
export function encounterSection() {
  let root: HTMLElement | undefined;
  /** The list `name` (`data-list`) and its item's template (`data-item`). */
  const list = (name: string): [HTMLElement | undefined, HTMLElement | undefined] => [
    root?.querySelector<HTMLElement>(`[data-list="${name}"]`) ?? undefined,
    root?.querySelector<HTMLElement>(`template[data-item="${name}"]`) ?? undefined,
  ];
  return defineChildComponent<HubScope>()({
    formId: '',
    rows: [] as MeetingRow[],

    init() {
      root = this.$el;
      this.formId = this.$el.dataset['formId'] ?? '';
      this.$watch('version', () => this.refresh());
      this.refresh();
    },
    refresh() {
      this.rows = meetingRows(this.recordsOf(this.formId), getForm(this.formId));
      this.drawLists();
    },
    /** The meeting cards and the progress pictures, drawn in one go (see fill-list.ts). */
    drawLists() {
      fillList(...list('meetings'), this.meetings, (card, m) => {
        part<HTMLAnchorElement>(card, 'a').href = m.href;
        part<HTMLImageElement>(card, 'img').src = m.pictureSrc;
        part(card, '[data-field="dateText"]').textContent = m.dateText;
        part(card, '[data-field="title"]').textContent = m.title;
        part(card, '[data-field="noteText"]').textContent = m.noteText;
      });
      fillList(...list('progress'), this.progressTrail, (item, m) => {
        const picture = part<HTMLImageElement>(item, 'img');
        picture.src = m.pictureSrc;
        picture.alt = m.detail;
      });
    },

    get meetings(): MeetingCard[] {
      return this.rows.map((m) => ({
        ...m,
        href: recordHref(this.formId, m.id),
        pictureSrc: pictureSrc(m.picture ?? 'pencil'),
        noteText: `${m.detail}. ${tForms(m.finished ? 'forms.finished' : 'forms.notFinished')}.`,
      }));
    },
    /** The progress picture: one small picture per meeting, oldest on the left. */
    get progressTrail(): MeetingCard[] {
      return this.meetings
        .filter((m) => m.progress)
        .slice(0, TRAIL)
        .reverse();
    },
    get progressText(): string {
      return progressTally(this.rows.slice(0, TRAIL));
    },
    get meetingCountText(): string {
      const count = this.countOf(this.formId);
      const shown = this.rows.length;
      if (count === 0) return t('mentees.meetingsNone');
      return shown < count ? t('mentees.meetingsSome', { count, shown }) : t('mentees.meetingsAll', { count });
    },
    get hasMoreMeetings(): boolean {
      return this.rows.length < this.countOf(this.formId);
    },
    get printMeetingsHref(): string {
      return paperHref(this.formId, { person: this.personId });
    },
    showMoreMeetings() {
      void this.showMore(this.formId);
    },
  });
}
