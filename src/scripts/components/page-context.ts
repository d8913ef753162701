/**
 * What a form page is about, read from its URL and from storage: the record, the person
 * it belongs to, and what a new record starts from. Form-specific facts (goal choices,
 * text carried forward from an earlier record, prefills) come from the form's `context`
 * hook; this file names no form.
 *
 * URLs (see `~/lib/urls`): `?record=<id>` opens a record; `?person=<id>` starts a new one
 * for that mentee. The mentor's own forms need no person.
 */
import type { PrefillContext } from '~/lib/forms/initial-values';
import type { FormModule } from '~/lib/forms/module';
import { MENTOR_ID, countRecords, getMentorProfile, getPerson, getRecord, latestRecord, type Person } from '~/lib/storage';

/** Where a form page stands. */
export interface FormPageContext {
  recordId: string | undefined;
  person: Person | undefined;
  mentor: Person | undefined;
  prefill: PrefillContext;
  /** The choices of the form's goal questions (the mentee's current plan goals). */
  planGoals: string[];
  /** Text carried forward from an earlier record, for the form's carry-forward box; '' for none. */
  carried: string;
  /** Why the page cannot show a form, in Easy Read; empty when it can. */
  problem: string;
}

/** Reads the URL and storage for a form page. */
export async function loadFormPageContext(form: FormModule, search: string, now: Date): Promise<FormPageContext> {
  const def = form.definition;
  const params = new URLSearchParams(search);
  const recordId = params.get('record') ?? undefined;
  const record = recordId ? await getRecord(recordId) : undefined;
  const personId = record?.personId ?? (def.owner === 'mentor' ? MENTOR_ID : params.get('person') ?? '');
  const [person, mentor] = await Promise.all([personId ? getPerson(personId) : undefined, getMentorProfile()]);
  const context: FormPageContext = {
    recordId,
    person,
    mentor,
    prefill: { now },
    planGoals: [],
    carried: '',
    problem: '',
  };
  if (!person && !recordId) {
    // Words loaded only when needed: most form pages never show this.
    const { t } = await import('~/i18n/forms');
    context.problem = def.owner === 'mentor' ? t('forms.context.noMentor') : t('forms.context.noMentee');
    return context;
  }
  if (person?.kind === 'mentee') context.prefill.menteeName = person.name;
  if (mentor) context.prefill.mentorName = mentor.name;

  if (person && form.context) {
    const found = await form.context({
      recordId,
      forMentee: person.kind === 'mentee',
      latest: (formId) => latestRecord(person.id, formId),
      count: (formId) => countRecords(person.id, formId),
    });
    context.planGoals = found.goals ?? [];
    context.carried = found.carried ?? '';
    if (found.prefill) context.prefill.values = found.prefill;
  }
  return context;
}
