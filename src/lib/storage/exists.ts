/**
 * Is there a workbook database on this tablet? Found without opening it (opening would make
 * an empty one) and without the rest of storage: a page that shows saved work only when
 * there is some (Home) asks this first and loads storage only then.
 */

/** The database name. */
export const DB_NAME = 'peer-mentor-workbook';

/**
 * True when the workbook's database exists, found without opening it (opening would make an
 * empty one); true also where the browser cannot list databases.
 */
export async function databaseExists(): Promise<boolean> {
  try {
    if (typeof indexedDB?.databases !== 'function') return true;
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}
