/** Words for the site's frame: name, menu, page titles. */
export const app = {
  'app.name': 'Peer Mentor Workbook',
} as const;
