/**
 * `internshipEvaluationSection`: the internship evaluation on the Internship page
 * (`HubSection.astro`): the newest evaluation's score, and the passing average the agency
 * may write (kept on the mentor profile, so it is in backup files). Reads the evaluation
 * from the Internship page (`HubScope`).
 */
import { t } from '~/i18n/internship';
import { defineChildComponent } from '~/scripts/components/define-component';
import type { FormState } from '~/lib/forms/listings';
import { getMentorProfile, saveMentorPassingAverage, toStorageError } from '~/lib/storage';
import type { HubScope } from '~/scripts/components/hub';
import { pictureSrc } from '~/scripts/components/page-pictures';
import { formatNumber, parsePassingAverage, passingAverageOf } from './passing-score';
import { evaluationResult, passingRuleText, type EvaluationResult } from './result';

/**
 * Where an earlier version kept the passing average (this tablet only). Read once: moved
 * onto the mentor profile if the profile has none, then removed.
 */
const OLD_PASSING_AVERAGE_KEY = 'wb.passingAverage';

/** Registered by `HubSection.astro` with `registerComponent('internshipEvaluationSection', internshipEvaluationSection)`. */
export function internshipEvaluationSection() {
  return defineChildComponent<HubScope>()({
    formId: '',
    passingAverage: undefined as number | undefined,
    passingInput: '',
    passingError: '',
    passingStatus: '',

    async init() {
      this.formId = this.$el.dataset['formId'] ?? '';
      try {
        const profile = await getMentorProfile();
        this.passingAverage = passingAverageOf(profile);
        const old = parsePassingAverage(localStorage.getItem(OLD_PASSING_AVERAGE_KEY));
        if (profile && old !== undefined && this.passingAverage === undefined) this.passingAverage = passingAverageOf(await saveMentorPassingAverage(old));
        if (profile) localStorage.removeItem(OLD_PASSING_AVERAGE_KEY);
      } catch {
        // Unreadable storage: the page says so above; no passing average is shown.
      }
      this.passingInput = this.passingAverage === undefined ? '' : formatNumber(this.passingAverage);
    },

    get evaluationState(): FormState {
      return this.stateOf(this.formId);
    },
    get result(): EvaluationResult | undefined {
      const evaluation = this.recordsOf(this.formId)[0];
      return evaluation ? evaluationResult(evaluation.data, this.passingAverage) : undefined;
    },
    get resultPicture(): string {
      return pictureSrc(this.result?.state === 'meets' ? 'check' : 'hourglass');
    },
    get resultLine(): string {
      const r = this.result;
      return r ? `${r.resultWord}. ${r.resultText}` : '';
    },
    get resultNumbers(): string {
      const r = this.result;
      return r ? `${r.totalText}. ${r.averageText}.` : '';
    },
    get actionText(): string {
      return t(this.evaluationState.exists ? 'internship.evaluationOpen' : 'internship.evaluationStart');
    },
    get paperText(): string {
      return t(this.evaluationState.exists ? 'internship.evaluationPrint' : 'internship.evaluationPrintBlank');
    },
    get passingRule(): string {
      return passingRuleText(this.passingAverage);
    },
    get hasPassing(): boolean {
      return this.passingAverage !== undefined;
    },
    async savePassing() {
      const value = parsePassingAverage(this.passingInput);
      if (value === undefined) {
        this.passingError = t('internship.passingInvalid');
        this.passingStatus = '';
        return;
      }
      if (await this.keep(value)) this.passingStatus = t('internship.passingSaved', { average: formatNumber(value) });
    },
    async removePassing() {
      if (await this.keep(undefined)) this.passingStatus = t('internship.passingRemoved');
    },
    /** Writes the passing average (or none) onto the mentor profile. @returns false when it was not kept. */
    async keep(value: number | undefined): Promise<boolean> {
      try {
        this.passingAverage = passingAverageOf(await saveMentorPassingAverage(value));
      } catch (e) {
        this.passingError = toStorageError(e).kind === 'not-found' ? t('internship.passingNeedsName') : t('internship.passingNotKept');
        this.passingStatus = '';
        return false;
      }
      this.passingError = '';
      this.passingInput = this.passingAverage === undefined ? '' : formatNumber(this.passingAverage);
      return true;
    },
  });
}
