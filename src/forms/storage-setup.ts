/**
 * Tells storage about the forms: the date each record is about, and how old records
 * are upgraded (run on every read and on backup import). Imported for its effect by
 * every page script that uses storage: `src/scripts/alpine.ts` (every Alpine page),
 * `src/scripts/paper-view.ts` and `src/scripts/settings-form.ts`.
 */
import { configureStorage } from '~/lib/storage/hooks';
import { recordDate, upgradeRecord } from './records';

configureStorage({ recordDate, upgradeRecord });
