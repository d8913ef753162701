/** The Internship page, the time log and its print. */
export const internship = {
} as const;
