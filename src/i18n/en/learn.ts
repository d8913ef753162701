/** Learn pages, hard words, read-aloud and search. */
export const learn = {
} as const;
