/** My mentees and one mentee's page. */
export const mentees = {
} as const;
