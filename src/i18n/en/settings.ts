/** Settings, backup files and keeping work safe. */
export const settings = {
} as const;
