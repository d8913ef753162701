/**
 * Internship Performance Evaluation (training slide 39): completed by the supervisor and
 * reviewed with the peer mentor. Each of the 13 areas gets a rating from 1 to 5; the
 * score for passing the internship is worked out by `scoreEvaluation` in
 * `scoring.ts` in this folder.
 */
import type { FieldOption, FormDefinition } from '~/lib/forms/types';
import { record } from './record';
import { ratingFields, peerMentorNameField, type QuestionRow } from '../shared-fields';

/**
 * The 1–5 scale: every number has words, the same for every area. Slide 39 gives the
 * numbers only, so the words say how often, never pass or fail (the agency decides that
 * with BPDD and the peer mentor, slide 28).
 */
const EVALUATION_SCALE: readonly FieldOption[] = [
  { value: '1', label: 'Not yet' },
  { value: '2', label: 'Sometimes' },
  { value: '3', label: 'Often' },
  { value: '4', label: 'Most of the time' },
  { value: '5', label: 'Every time' },
];

/** The 13 areas of slide 39: field name, the plain question (the bold label), the slide's words. */
const AREAS: readonly QuestionRow[] = [
  ['timeManagement', 'Does {name} come on time and finish work on time?', 'Time Management'],
  ['demeanor', 'Is {name} calm, friendly and polite?', 'Demeanor'],
  ['organization', 'Does {name} keep papers, plans and things in order?', 'Organization'],
  ['engagement', 'Does {name} take part in the internship and show interest?', 'Engagement in the Internship Experience'],
  ['expandKnowledge', 'Does {name} want to learn new things?', 'Willingness to Expand Knowledge Base'],
  ['reasoning', 'Does {name} think things through and find ways to fix problems?', 'Reasoning & Problem Solving'],
  ['writtenCommunication', 'Does {name} write notes and forms that others understand?', 'Written Communication'],
  ['initiative', 'Does {name} start things without being asked?', 'Initiative'],
  ['observation', 'Does {name} notice what is going on and what people need?', 'Observation Skills'],
  ['supervisoryProcess', 'Does {name} meet with the supervisor and learn from what they say?', 'Participation in the Supervisory Process'],
  ['verbalCommunication', 'Does {name} talk and listen well, and get along with people?', 'Verbal Communication & Interpersonal Skills'],
  ['boundaries', 'Does {name} know what is OK to do and share at work?', 'Professional and Personal Boundaries'],
  ['terminology', 'Does {name} use the right words for the job, like “person-centered plan”?', 'Use of Professional Terminology'],
];

/** The field names of the 13 rated areas, in form order. */
export const EVALUATION_AREA_NAMES: readonly string[] = AREAS.map(([name]) => name);

const areaFields = ratingFields(AREAS, EVALUATION_SCALE, ([, , official]) => `Choose a number from 1 to 5 for ${official ?? 'this question'}.`);

/** Internship Performance Evaluation: 13 areas rated 1–5 by the supervisor. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Internship Performance Evaluation',
  shortTitle: 'Evaluation',
  picture: 'star',
  intro: [
    'Your supervisor fills in this form at the end of your internship.',
    'They give a number from 1 to 5 for 13 parts of your work.',
    'Then you look at it together and both sign.',
    'The numbers help decide if you pass the internship.',
  ],
  owner: 'mentor',
  sections: [
    {
      id: 'about',
      title: 'About this evaluation',
      fields: [
        peerMentorNameField,
        {
          name: 'evaluationDate',
          kind: 'date',
          label: 'Date',
          required: true,
          requiredMessage: 'Write the date.',
          prefill: 'today',
        },
      ],
    },
    {
      id: 'ratings',
      title: 'Ratings',
      hint: '1 means not yet. 5 means every time.',
      fields: areaFields,
    },
    {
      id: 'sign',
      title: 'Comments and signatures',
      fields: [
        {
          name: 'comments',
          kind: 'textarea',
          label: 'What went well? What can get better?',
          official: 'Comments',
          printLines: 5,
        },
        { name: 'supervisorSignature', kind: 'signature', label: 'The supervisor signs here', official: 'Signature of supervisor', signer: 'supervisor', required: true },
        {
          name: 'mentorSignature',
          kind: 'signature',
          label: 'The peer mentor signs here',
          official: 'Signature of peer mentor',
          hint: 'Signing means you looked at this with your supervisor.',
          signer: 'mentor',
          required: true,
        },
      ],
    },
  ],
} satisfies FormDefinition;
