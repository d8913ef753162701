/**
 * The registry of every form in the workbook: one line per form, in the order they are
 * listed. Form ids are permanent (storage keys and URL parts: /forms/<id>/). Each form
 * lives in its own folder, `src/forms/<id>/` (definition, record rules, hooks, examples).
 *
 * Build-time code imports this; browser code loads one form with `loadForm(id)`
 * (`./load.ts`) and reads record rules of all forms from `./records.ts`.
 */
import { currentLocale, type Locale } from '~/i18n/locale';
import type { FormModule } from '~/lib/forms/module';
import { translateModule, type FormTranslation } from '~/lib/forms/translation';
import type { FormDefinition, FormOwner } from '~/lib/forms/types';
import { form as encounter } from './encounter';
import { form as exitInterviewMentor } from './exit-interview-mentor';
import { form as exitInterviewSupervisor } from './exit-interview-supervisor';
import { form as individualPlan } from './individual-plan';
import { form as internshipEvaluation } from './internship-evaluation';
import { form as menteeEvaluation } from './mentee-evaluation';
import { form as mentoringAgreement } from './mentoring-agreement';
import { form as timeLogEntry } from './time-log-entry';
import { form as timeLogReview } from './time-log-review';
import { es as encounterEs } from './encounter/es';
import { es as exitInterviewMentorEs } from './exit-interview-mentor/es';
import { es as exitInterviewSupervisorEs } from './exit-interview-supervisor/es';
import { es as individualPlanEs } from './individual-plan/es';
import { es as internshipEvaluationEs } from './internship-evaluation/es';
import { es as menteeEvaluationEs } from './mentee-evaluation/es';
import { es as mentoringAgreementEs } from './mentoring-agreement/es';
import { es as timeLogEntryEs } from './time-log-entry/es';
import { es as timeLogReviewEs } from './time-log-review/es';

const registry = [
  mentoringAgreement,
  individualPlan,
  encounter,
  menteeEvaluation,
  timeLogEntry,
  timeLogReview,
  internshipEvaluation,
  exitInterviewMentor,
  exitInterviewSupervisor,
] as const;

/** A form's permanent id. */
export type FormId = (typeof registry)[number]['record']['id'];

/** Every form module (definition and hooks), in list order, in English. */
export const formModules: readonly FormModule<FormId>[] = registry;

/** Every form definition, in list order, in English. */
export const forms: readonly FormDefinition[] = registry.map((module) => module.definition);

/** Each form's words in Spanish (`src/forms/<id>/es.ts`): one line per form, checked complete by the type. */
const spanish: Readonly<Record<FormId, FormTranslation>> = {
  'mentoring-agreement': mentoringAgreementEs,
  'individual-plan': individualPlanEs,
  encounter: encounterEs,
  'mentee-evaluation': menteeEvaluationEs,
  'time-log-entry': timeLogEntryEs,
  'time-log-review': timeLogReviewEs,
  'internship-evaluation': internshipEvaluationEs,
  'exit-interview-mentor': exitInterviewMentorEs,
  'exit-interview-supervisor': exitInterviewSupervisorEs,
};
/** A form's words in `locale` (its `es.ts`), or undefined for English or an unknown form. */
export const formWordsIn = (formId: string, locale: Locale): FormTranslation | undefined => (locale === 'es' && isFormId(formId) ? spanish[formId] : undefined);

const inLanguageCache = new Map<string, FormModule<FormId>>();

/** A form module with its words in `locale` (English when the form has no words in it). */
export function inLanguage(module: FormModule<FormId>, locale: Locale = currentLocale()): FormModule<FormId> {
  if (locale === 'en') return module;
  const key = `${locale}:${module.record.id}`;
  const cached = inLanguageCache.get(key);
  if (cached) return cached;
  const words = formWordsIn(module.record.id, locale);
  const translated = words ? translateModule(module, words) : module;
  inLanguageCache.set(key, translated);
  return translated;
}


/** Every form module in list order, in the language of the page being built. */
export function formModulesInLanguage(locale: Locale = currentLocale()): FormModule<FormId>[] {
  return registry.map((module) => inLanguage(module, locale));
}

/** Every form id, in list order. */
export const formIds: readonly FormId[] = registry.map((module) => module.record.id);

/** True when `id` is the id of a form in the workbook. */
export function isFormId(id: string): id is FormId {
  return (formIds as readonly string[]).includes(id);
}

/** The form with this id in the language of the page being built, or undefined. */
export function getForm(id: string, locale: Locale = currentLocale()): FormDefinition | undefined {
  return getFormModule(id, locale)?.definition;
}

/** The module (definition and hooks) of the form with this id, in the language of the page being built, or undefined. */
export function getFormModule(id: string, locale: Locale = currentLocale()): FormModule<FormId> | undefined {
  const module = formModules.find((candidate) => candidate.record.id === id);
  return module && inLanguage(module, locale);
}

/** The forms kept with a mentee's records, or with the peer mentor's own records. */
export function formsFor(owner: FormOwner, locale: Locale = currentLocale()): FormDefinition[] {
  return formModulesInLanguage(locale)
    .map((module) => module.definition)
    .filter((form) => form.owner === owner);
}
