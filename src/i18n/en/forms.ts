/** Form engine and paper copies: words shared by every form. */
export const forms = {
} as const;
