/**
 * `periodPrintForm`: "Print records from … to …" (`PeriodPrint.astro`), on a mentee's page
 * (that mentee, `data-one-mentee`, from the page's `?id=`) and on My mentees (everyone).
 * The dates start as last month; the two buttons open the period print page
 * (`/mentees/print/`) with the records, or with the billing summary.
 */
import { t } from '~/i18n/mentees';
import { lastCalendarMonth, periodProblem } from '~/lib/print/period';
import { periodPrintHref, type PeriodPart } from '~/lib/urls';
import { defineComponent } from './define-component';

/** Registered by the pages that show it, with `startAlpine({ …, periodPrintForm })`. */
export function periodPrintForm() {
  return defineComponent({
    person: undefined as string | undefined,
    from: '',
    to: '',
    error: '',

    init() {
      const month = lastCalendarMonth(new Date());
      this.from = month.from;
      this.to = month.to;
      if (this.$el.dataset['oneMentee'] !== undefined) this.person = new URLSearchParams(location.search).get('id') ?? '';
    },

    printRecords() {
      this.open('records');
    },
    printBilling() {
      this.open('billing');
    },
    /** Opens the print page, or says what to change in the dates. */
    open(part: PeriodPart) {
      const problem = periodProblem(this.from, this.to);
      this.error = problem === 'missing' ? t('mentees.printMissing') : problem === 'backwards' ? t('mentees.printBackwards') : '';
      if (this.error) return;
      location.assign(periodPrintHref({ ...(this.person === undefined ? {} : { person: this.person }), from: this.from, to: this.to, part }));
    },
  });
}
