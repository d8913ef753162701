/** My mentees and one mentee's page. */
export const mentees = {
  // Mid-point and end side by side (src/forms/mentee-evaluation/).
  'mentees.compareNoAnswer': 'No answer',
  'mentees.compareNoDate': 'No date',
  'mentees.compareNone': 'There is no evaluation by this mentee yet. Do the mid-point evaluation halfway through the internship.',
  'mentees.compareNoMid': 'There is no mid-point evaluation. Only the end evaluation is shown.',
  'mentees.compareNoEnd': 'There is no end evaluation yet. Do it at the end of the internship.',
} as const;
