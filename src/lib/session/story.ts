/**
 * Signed means sealed, the small part every form page loads: what the page shows about a
 * record's versions (`RecordStory`, worked out by `record-story.ts`, loaded when needed)
 * and the signature fields of a form, found by field kind.
 */
import { allFields } from '~/lib/forms/fields';
import type { FormDefinition, FormValues, Signer } from '~/lib/forms/types';

/** Where the record on screen stands, in words for the page ('' shows nothing). */
export interface RecordStory {
  /** Finished and signed: "Change it" starts a correction. */
  sealed: boolean;
  /** "Change it" is offered (not for a version that was replaced or is being changed). */
  canChange: boolean;
  /** On a correction: what was changed and when. */
  correctionText: string;
  /** "A change is started, not signed yet…" (on the correction, and on the signed version it replaces). */
  pendingText: string;
  /** On the signed version: the correction to go on with. */
  pendingId: string;
  /** "Replaced on …": this version is old; `newerId` is the one in force. */
  replacedText: string;
  newerId: string;
  /** "Not signed again": a finished correction that still needs the signatures. */
  notSignedAgainText: string;
  /** The history, oldest first, one short sentence each. */
  history: string[];
}

/** An empty story (a new record, or storage that cannot be read). */
export function emptyStory(): RecordStory {
  return {
    sealed: false,
    canChange: true,
    correctionText: '',
    pendingText: '',
    pendingId: '',
    replacedText: '',
    newerId: '',
    notSignedAgainText: '',
    history: [],
  };
}

/** The signature fields of a form: every field of kind `signature`. */
export function signatureFields(def: FormDefinition): { name: string; signer: Signer }[] {
  return allFields(def).flatMap((field) => (field.kind === 'signature' ? [{ name: field.name, signer: field.signer }] : []));
}

/** The answers with every signature cleared (a correction asks for them again). */
export function withoutSignatures(def: FormDefinition, data: FormValues): FormValues {
  const out = { ...data };
  for (const { name } of signatureFields(def)) if (name in out) out[name] = null;
  return out;
}

