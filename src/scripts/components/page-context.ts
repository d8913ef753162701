/**
 * What a form page is about, read from its URL and from storage: the record, the person
 * it belongs to, and the facts a new record is prefilled from.
 *
 * URLs: `/forms/<form-id>/?record=<id>` opens a record; `/forms/<form-id>/?person=<id>`
 * starts a new one for that mentee. The mentor's own forms need no person.
 */
import type { FormDefinition } from '~/lib/forms/types';
import type { PrefillContext } from '~/lib/forms/initial-values';
import { MENTOR_ID, getMentorProfile, getPerson, getRecord, latestRecord, type Person } from '~/lib/storage';

/** Where a form page stands. */
export interface FormPageContext {
  recordId: string | undefined;
  person: Person | undefined;
  mentor: Person | undefined;
  prefill: PrefillContext;
  /** The mentee's current plan goals, for the encounter's goal picker. */
  planGoals: string[];
  /** "Things to work on" from the mentee's last encounter. */
  lastThingsToWorkOn: string;
  /** Why the page cannot show a form, in Easy Read; empty when it can. */
  problem: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads the URL and storage for a form page. */
export async function loadFormPageContext(def: FormDefinition, search: string, now: Date): Promise<FormPageContext> {
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
    lastThingsToWorkOn: '',
    problem: '',
  };
  if (!person && !recordId) {
    context.problem =
      def.owner === 'mentor'
        ? 'First, write your name on the Internship page. Then come back to this form.'
        : 'We do not know which mentee this form is for. Go to My mentees and pick a mentee.';
    return context;
  }
  if (person?.kind === 'mentee') context.prefill.menteeName = person.name;
  if (mentor) context.prefill.mentorName = mentor.name;

  if (person?.kind === 'mentee') {
    const [plan, lastMeeting] = await Promise.all([latestRecord(person.id, 'individual-plan'), latestRecord(person.id, 'encounter')]);
    if (plan) context.planGoals = [text(plan.data['goal1']), text(plan.data['goal2'])].filter(Boolean);
    if (lastMeeting && lastMeeting.id !== recordId) {
      context.lastThingsToWorkOn = text(lastMeeting.data['thingsToWorkOn']);
      if (context.lastThingsToWorkOn) context.prefill.lastThingsToWorkOn = context.lastThingsToWorkOn;
    }
  }
  return context;
}
