/**
 * `internshipEvaluationSection`: the internship evaluation on the Internship page
 * (`HubSection.astro`): the newest evaluation's score against the passing score, and the
 * passing score the agency sets on this tablet. Reads the evaluation from the Internship
 * page (`HubScope`).
 */
import { t } from '~/i18n/internship';
import { defineChildComponent } from '~/scripts/components/define-component';
import type { FormState } from '~/lib/forms/listings';
import type { HubScope } from '~/scripts/components/hub';
import { pictureSrc } from '~/scripts/components/page-pictures';
import { DEFAULT_PASSING_AVERAGE, formatNumber, loadPassingAverage, parsePassingAverage, passingRuleText, savePassingAverage } from './passing-score';
import { evaluationResult, type EvaluationResult } from './result';

/** Registered by `HubSection.astro` with `registerComponent('internshipEvaluationSection', internshipEvaluationSection)`. */
export function internshipEvaluationSection() {
  return defineChildComponent<HubScope>()({
    formId: '',
    passingAverage: DEFAULT_PASSING_AVERAGE,
    passingInput: formatNumber(DEFAULT_PASSING_AVERAGE),
    passingError: '',
    passingStatus: '',

    init() {
      this.formId = this.$el.dataset['formId'] ?? '';
      this.passingAverage = loadPassingAverage();
      this.passingInput = formatNumber(this.passingAverage);
    },

    get evaluationState(): FormState {
      return this.stateOf(this.formId);
    },
    get result(): EvaluationResult | undefined {
      const evaluation = this.recordsOf(this.formId)[0];
      return evaluation ? evaluationResult(evaluation.data, this.passingAverage) : undefined;
    },
    get resultPicture(): string {
      return pictureSrc(this.result?.state === 'pass' ? 'check' : 'hourglass');
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
    get passingIsDefault(): boolean {
      return this.passingAverage === DEFAULT_PASSING_AVERAGE;
    },
    savePassing() {
      const value = parsePassingAverage(this.passingInput);
      if (value === undefined) {
        this.passingError = t('internship.passingInvalid');
        this.passingStatus = '';
        return;
      }
      try {
        savePassingAverage(value);
      } catch {
        this.passingError = t('internship.passingNotKept');
        return;
      }
      this.passingError = '';
      this.passingAverage = value;
      this.passingInput = formatNumber(value);
      this.passingStatus = t('internship.passingSaved', { average: formatNumber(value) });
    },
    resetPassing() {
      this.passingInput = formatNumber(DEFAULT_PASSING_AVERAGE);
      this.savePassing();
    },
  });
}
