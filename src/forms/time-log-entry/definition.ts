/**
 * One line of the Time and Activity Log for the Internship (training slides 18 and 38):
 * date, activity, number of hours, peer mentor initials. The peer mentor fills it;
 * the supervisor reviews the whole log (see `time-log-review`).
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
          label: 'Activity',
          hint: 'Choose what you did.',
          required: true,
          requiredMessage: 'Choose the activity.',
          options: [
            { value: 'shadowing', label: 'Shadowing (agency staff and certified peer mentors)', hint: 'You watched and learned from someone.', picture: 'footprints' },
            { value: 'learning-system', label: 'Learning the long-term care system & community resources', hint: 'You learned about services and places that help.', picture: 'books' },
            { value: 'agency-training', label: 'Attending required agency trainings/orientation', picture: 'clipboard' },
            { value: 'staff-meetings', label: 'Attending any relevant staff meetings and trainings', picture: 'office' },
            { value: 'peer-trainings', label: 'Attending peer trainings & conferences', picture: 'graduation' },
            { value: 'monthly-teleconference', label: 'Monthly Peer Mentor teleconference calls', picture: 'phone' },
            { value: 'annual-conference', label: 'Annual Peer Conference', picture: 'microphone' },
            { value: 'annual-retreat', label: 'Annual Peer Mentor Retreat', picture: 'tent' },
            { value: 'mentoring-one-on-one', label: 'Mentoring one-on-one', hint: 'You and one mentee.', picture: 'handshake' },
            { value: 'mentoring-group', label: 'Mentoring in a group setting', hint: 'You and a few mentees.', picture: 'people' },
            { value: 'co-facilitating', label: 'Co-facilitating groups', hint: 'You helped lead a group.', picture: 'speech' },
            { value: 'other-duties', label: 'Other work duties related to mentoring', picture: 'briefcase' },
          ],
        },
        {
          name: 'activityNote',
          kind: 'text',
          label: 'What did you do?',
          hint: 'A few words. You can leave this empty.',
        },
        {
          name: 'hours',
          kind: 'number',
          label: 'Number of hours',
          hint: 'Use quarter hours. 15 minutes is 0.25. 30 minutes is 0.5. 45 minutes is 0.75.',
          required: true,
          requiredMessage: 'Write the number of hours.',
          min: 0.25,
          max: 24,
          step: 0.25,
          invalidMessage: 'Write the hours in quarter hours, like 1.25',
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
          label: 'Peer mentor initials',
          hint: 'The first letters of your name, like S L.',
          required: true,
          requiredMessage: 'Write your initials.',
          maxLength: 5,
          invalidMessage: 'Write 5 letters or fewer.',
        },
      ],
    },
  ],
} satisfies FormDefinition;
