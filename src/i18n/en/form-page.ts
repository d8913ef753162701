/** A form on screen: saving, errors, recovery, finish, delete. */
export const formPage = {
} as const;
