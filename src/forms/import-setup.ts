/**
 * Opening a backup file checks every answer against its field's kind (the `checkAnswers`
 * storage hook, `./answer-kinds.ts`). It needs every form's definition, so only the page
 * that opens backup files loads this, when a file is chosen.
 */
import { configureStorage } from '~/lib/storage/hooks';
import { checkAnswers } from './answer-kinds';

configureStorage({ checkAnswers });
