/** Where this form comes when counts of several forms are listed, e.g. what a backup file adds (most common first). */
export const countOrder = 8;
