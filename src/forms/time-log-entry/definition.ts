/**
 * One line of the Time and Activity Log for the Internship (training slides 18 and 38):
 * date, activity, number of hours, peer mentor initials. The peer mentor fills it;
 * the supervisor reviews the whole log (see `time-log-review`).
 *
 * Version 2: how long it took is written as hours and minutes in two boxes, not as a
 * decimal (see `duration.ts` for why and for the rounding rule). Initials start from the
 * peer mentor's name; face-to-face is set from the activity and can be changed (`index.ts`).
 */
import type { FormDefinition } from '~/lib/forms/types';
import { record } from './record';

/** Time and Activity Log: one activity of the 90-hour internship. */
export const definition = {
  id: record.id,
  version: record.version,
  title: 'Time and Activity Log for Internship',
  shortTitle: 'Log hours',
  picture: 'clock',
  intro: [
    'Write down each thing you do for your internship.',
    'You need 90 hours in all.',
    'At least half of your hours must be face-to-face mentoring.',
    'Your supervisor checks your log.',
  ],
  owner: 'mentor',
  sections: [
    {
      id: 'activity',
      title: 'What I did',
      fields: [
        {
          name: 'date',
          kind: 'date',
          label: 'Date',
          required: true,
          requiredMessage: 'Write the date.',
          prefill: 'today',
        },
        {
          name: 'activity',
          kind: 'radio',
          label: 'What did you do?',
          official: 'Activity',
          required: true,
          requiredMessage: 'Choose the activity.',
          options: [
            { value: 'shadowing', label: 'Shadowing staff and certified peer mentors', official: 'Shadowing (agency staff and certified peer mentors)', hint: 'You watched and learned from someone.', picture: 'footprints' },
            { value: 'learning-system', label: 'Learning about the long-term care system and about resources in the community', official: 'Learning the long-term care system & community resources', hint: 'You learned about services and places that help.', picture: 'books' },
            { value: 'agency-training', label: 'Training that my agency asks me to do', official: 'Attending required agency trainings/orientation', picture: 'clipboard' },
            { value: 'staff-meetings', label: 'Staff meetings and staff training that fit my job', official: 'Attending any relevant staff meetings and trainings', picture: 'office' },
            { value: 'peer-trainings', label: 'Training and conferences for peers', official: 'Attending peer trainings & conferences', picture: 'graduation' },
            { value: 'monthly-teleconference', label: 'Phone meetings for peer mentors, once a month', official: 'Monthly Peer Mentor teleconference calls', picture: 'phone' },
            { value: 'annual-conference', label: 'The Peer Conference, once a year', official: 'Annual Peer Conference', picture: 'microphone' },
            { value: 'annual-retreat', label: 'The Peer Mentor Retreat, once a year', official: 'Annual Peer Mentor Retreat', picture: 'tent' },
            { value: 'mentoring-one-on-one', label: 'Mentoring one person at a time', official: 'Mentoring one-on-one', hint: 'You and one mentee.', picture: 'handshake' },
            { value: 'mentoring-group', label: 'Mentoring a group', official: 'Mentoring in a group setting', hint: 'You and a few mentees.', picture: 'group' },
            { value: 'co-facilitating', label: 'Helping to lead a group', official: 'Co-facilitating groups', picture: 'teacher' },
            { value: 'other-duties', label: 'Other work that is part of mentoring', official: 'Other work duties related to mentoring', picture: 'briefcase' },
          ],
        },
        {
          name: 'activityNote',
          kind: 'text',
          label: 'Tell a little more about it',
          hint: 'A few words. You can leave this empty.',
        },
        {
          name: 'durationHours',
          kind: 'number',
          label: 'How long? Hours',
          hint: 'Write the hours, like 1. Write 0 if it was less than 1 hour.',
          required: true,
          requiredMessage: 'Write the hours. Write 0 if it was less than 1 hour.',
          min: 0,
          max: 24,
          step: 1,
          invalidMessage: 'Write a whole number of hours, from 0 to 24.',
        },
        {
          name: 'durationMinutes',
          kind: 'number',
          label: 'And minutes',
          hint: 'Write the minutes, like 10. Write 0 if there are no more minutes.',
          required: true,
          requiredMessage: 'Write the minutes. Write 0 if there are no more minutes.',
          min: 0,
          max: 59,
          step: 1,
          invalidMessage: 'Write a whole number of minutes, from 0 to 59.',
        },
        {
          name: 'faceToFace',
          kind: 'radio',
          label: 'Was this face-to-face mentoring?',
          hint: 'Did you meet with a mentee to mentor them? Ask your supervisor if you are not sure.',
          required: true,
          requiredMessage: 'Choose yes or no.',
          options: [
            { value: 'yes', label: 'Yes', picture: 'check' },
            { value: 'no', label: 'No', picture: 'cross' },
          ],
        },
        {
          name: 'initials',
          kind: 'text',
          prefill: 'mentorInitials',
          label: 'The first letters of your name',
          official: 'Peer mentor initials',
          hint: 'Like S L for Sam Lee.',
          required: true,
          requiredMessage: 'Write your initials.',
          maxLength: 5,
          invalidMessage: 'Write 5 letters or fewer.',
        },
      ],
    },
  ],
} satisfies FormDefinition;
