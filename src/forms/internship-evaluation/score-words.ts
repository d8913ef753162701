/**
 * What the evaluation form page's live score needs, in one module, so the page can load
 * it on its own (see `score.ts`).
 */
export { evaluationResult, passingRuleText } from './result';
export { passingAverageOf } from './passing-score';
