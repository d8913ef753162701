/**
 * `timeLogReviewSection`: the supervisor's review of the log on the Internship page
 * (`HubSection.astro`): whether it is done, by whom and when. Reads the newest review from
 * the Internship page (`HubScope`).
 */
import { t } from '~/i18n/internship';
import { defineChildComponent } from '~/scripts/components/define-component';
import type { FormState } from '~/lib/forms/listings';
import type { HubScope } from '~/scripts/components/hub';

/** Registered by `HubSection.astro` with `registerComponent('timeLogReviewSection', timeLogReviewSection)`. */
export function timeLogReviewSection() {
  return defineChildComponent<HubScope>()({
    formId: '',

    init() {
      this.formId = this.$el.dataset['formId'] ?? '';
    },

    get review(): FormState {
      return this.stateOf(this.formId);
    },
    /** "Not reviewed yet.", "Reviewed by Pat Morgan on 30 June 2026.", or "The review is started. …" */
    get reviewText(): string {
      const { row, finished } = this.review;
      if (!row) return t('internship.reviewNone');
      if (!finished) return t('internship.reviewStarted');
      const words = { name: row.title, date: row.dateText };
      if (row.title) return t(row.date ? 'internship.reviewedByOn' : 'internship.reviewedBy', words);
      return t(row.date ? 'internship.reviewedOn' : 'internship.reviewed', words);
    },
    get actionText(): string {
      return t(this.review.exists ? 'internship.reviewOpen' : 'internship.reviewStart');
    },
  });
}
