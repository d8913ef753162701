/**
 * `evaluationScore`: the live total, average and where it stands (against the agency's
 * passing average, if it wrote one) on the Internship Performance Evaluation's form page, inside its `recordForm` (it reads the parent's
 * `values`). The scoring code is loaded only on that page (a dynamic import), so other
 * form pages do not carry it.
 */
import type { FormValues } from '~/lib/forms/types';
import { getMentorProfile } from '~/lib/storage';
import { defineChildComponent } from '~/scripts/components/define-component';

type Scorer = typeof import('./score-words');
let scorer: Scorer | undefined;

/** Registered by `EvaluationScore.astro` with `registerComponent('evaluationScore', evaluationScore)`. */
export function evaluationScore() {
  return defineChildComponent<{ values: FormValues }>()({
    scorerReady: false,
    passingAverage: undefined as number | undefined,

    async init() {
      scorer ??= await import('./score-words');
      // The agency's passing average travels on the mentor profile; unreadable storage means none.
      this.passingAverage = scorer.passingAverageOf(await getMentorProfile().catch(() => undefined));
      this.scorerReady = true;
    },

    get result() {
      return this.scorerReady && scorer ? scorer.evaluationResult(this.values, this.passingAverage) : undefined;
    },
    get meets(): boolean {
      return this.result?.state === 'meets';
    },
    get summaryText(): string {
      const r = this.result;
      return r ? `${r.totalText}. ${r.averageText}. ${r.resultWord}.` : '';
    },
    get ruleText(): string {
      return this.scorerReady && scorer ? scorer.passingRuleText(this.passingAverage) : '';
    },
  });
}
