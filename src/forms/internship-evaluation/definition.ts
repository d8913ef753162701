/**
 * Internship Performance Evaluation (training slide 39): completed by the supervisor and
 * reviewed with the peer mentor. Each of the 13 areas gets a rating from 1 to 5; the
 * score for passing the internship is worked out by `scoreEvaluation` in
 * `scoring.ts` in this folder.
 */
import type { FieldOption, FormDefinition } from '~/lib/forms/types';
import { record } from './record';
import { ratingFields, peerMentorNameField, type QuestionRow } from '../shared-fields';

/** The 1–5 scale: every number has words, the same for every area. */
const EVALUATION_SCALE: readonly FieldOption[] = [
  { value: '1', label: 'Not yet', hint: 'Does not do this yet.' },
  { value: '2', label: 'Beginning', hint: 'Is starting to do this. Needs a lot of help.' },
  { value: '3', label: 'Meets expectations', hint: 'Does this well enough for the job.' },
  { value: '4', label: 'Strong', hint: 'Does this well most of the time.' },
  { value: '5', label: 'Excellent', hint: 'Does this very well every time. Could show others.' },
];

/** The 13 areas of slide 39: field name, the slide's words, a plain hint. */
const AREAS: readonly QuestionRow[] = [
  ['timeManagement', 'Time Management', 'Comes on time. Gets things done on time.'],
  ['demeanor', 'Demeanor', 'Is calm, friendly and polite.'],
  ['organization', 'Organization', 'Keeps papers, plans and things in order.'],
  ['engagement', 'Engagement in the Internship Experience', 'Takes part and shows interest.'],
  ['expandKnowledge', 'Willingness to Expand Knowledge Base', 'Wants to learn new things.'],
  ['reasoning', 'Reasoning & Problem Solving', 'Thinks things through. Finds ways to fix problems.'],
  ['writtenCommunication', 'Written Communication', 'Writes notes and forms so others understand.'],
  ['initiative', 'Initiative', 'Starts things without being asked.'],
  ['observation', 'Observation Skills', 'Notices what is going on and what people need.'],
  ['supervisoryProcess', 'Participation in the Supervisory Process', 'Meets with the supervisor. Uses feedback.'],
  ['verbalCommunication', 'Verbal Communication & Interpersonal Skills', 'Talks and listens well. Gets along with people.'],
  ['boundaries', 'Professional and Personal Boundaries', 'Knows what is OK to do and share at work.'],
  ['terminology', 'Use of Professional Terminology', 'Uses the right words for the job, like person-centered plan.'],
];

/** The field names of the 13 rated areas, in form order. */
export const EVALUATION_AREA_NAMES: readonly string[] = AREAS.map(([name]) => name);

/** The 13 rated areas: field name and the paper's words, in form order. */
export const EVALUATION_AREAS: readonly { name: string; label: string }[] = AREAS.map(([name, label]) => ({ name, label }));

const areaFields = ratingFields(AREAS, EVALUATION_SCALE, (label) => `Choose a number from 1 to 5 for ${label}.`);

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
      hint: '1 means not yet. 3 means meets expectations. 5 means excellent.',
      fields: areaFields,
    },
    {
      id: 'sign',
      title: 'Comments and signatures',
      fields: [
        {
          name: 'comments',
          kind: 'textarea',
          label: 'Comments',
          hint: 'What went well? What can get better?',
          printLines: 5,
        },
        { name: 'supervisorSignature', kind: 'signature', label: 'Signature of supervisor', signer: 'supervisor', required: true },
        {
          name: 'mentorSignature',
          kind: 'signature',
          label: 'Signature of peer mentor',
          hint: 'Signing means you looked at this with your supervisor.',
          signer: 'mentor',
          required: true,
        },
      ],
    },
  ],
} satisfies FormDefinition;
