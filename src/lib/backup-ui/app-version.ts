/** The workbook's version, written into every backup file (from package.json at build time). */
import { version } from '../../../package.json';

/** The app version, e.g. `0.1.0`. */
export const APP_VERSION: string = version;
