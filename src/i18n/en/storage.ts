/** On-device storage: what went wrong and what to do. */
export const storage = {
} as const;
