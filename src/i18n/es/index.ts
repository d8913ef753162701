/**
 * The Spanish words catalog (Lectura Fácil): the same keys as the English one
 * (`../en/index.ts`), each area written afresh in Spanish. Rules: the subject said in every
 * sentence, no impersonal "se", no gerunds, numbers as digits, one idea per sentence,
 * at most 15 words. `tests/unit/content/catalog-es-*.test.ts` check keys and placeholders.
 */
import { app } from './app';
import { formAnswers } from './form-answers';
import { formPaper } from './form-paper';
import { formPage } from './form-page';
import { formStory } from './form-story';
import { forms } from './forms';
import { handover } from './handover';
import { internship } from './internship';
import { learn } from './learn';
import { mentees } from './mentees';
import { print } from './print';
import { settings } from './settings';
import { storage } from './storage';
import { storageBackup } from './storage-backup';

/** Every Spanish message, by key: the same keys as the English catalog. */
export const es = {
  ...app,
  ...storage,
  ...storageBackup,
  ...formPage,
  ...formStory,
  ...forms,
  ...formAnswers,
  ...formPaper,
  ...mentees,
  ...print,
  ...internship,
  ...handover,
  ...settings,
  ...learn,
} as const;
