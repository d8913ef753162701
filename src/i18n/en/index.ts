/**
 * The English words catalog: every sentence a person reads in the app (pages, buttons,
 * errors, status lines, file names). Easy Read: short sentences, everyday words, digits
 * for numbers. Split by area so each part stays reviewable; together they are one
 * catalog, checked by the Easy Read content tests.
 *
 * Keys are `area.item` (e.g. `storage.quota`) and permanent: a second language adds a
 * catalog with the same keys (`src/i18n/<lang>/index.ts`) and touches no component.
 * Form questions, hints and choices live with each form in `src/forms/<id>/`.
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

/** Every English message, by key. */
export const en = {
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
