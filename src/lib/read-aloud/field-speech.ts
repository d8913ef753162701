/**
 * What a "Listen" button beside a form question says: the question, its hint, an error
 * if one shows, then each choice with its number. Headless: the page passes the words it
 * shows, so this is unit tested in Node.
 */
import { normaliseSpace, speechChunks, splitLong } from '~/lib/learn/speech-chunks';

/** A piece of text and the thing on screen it belongs to (an element in the browser). */
export interface Piece<E> {
  element: E;
  text: string;
}

/** One choice as shown on its card. */
export interface SpokenChoice<E> {
  element: E;
  /** The rating number ("3"), or '' when the choice has none. */
  number: string;
  label: string;
  hint: string;
}

/** The words of one question as shown on screen; leave out a part that is not shown. */
export interface SpokenQuestion<E> {
  question: Piece<E>;
  hint?: Piece<E> | undefined;
  /** The error shown under the question, when there is one. */
  error?: Piece<E> | undefined;
  choices: readonly SpokenChoice<E>[];
}

/** Ends text with a full stop unless it already ends a sentence, so the voice pauses after it. */
export function asSentence(text: string): string {
  const clean = normaliseSpace(text);
  if (!clean) return '';
  return /[.!?…:]["'”’)\]]*$/u.test(clean) ? clean : `${clean}.`;
}

/** One choice as said aloud: "3: Meets expectations. Sam does this most of the time." */
export function spokenChoice(choice: SpokenChoice<unknown>): string {
  const words = [choice.label, choice.hint].map(asSentence).filter(Boolean).join(' ');
  const number = normaliseSpace(choice.number);
  return number ? `${number}: ${words}` : words;
}

/**
 * The pieces to say for one question, in order (question, hint, error, choices), each
 * short enough for speech (see speech-chunks) and tied to the element it comes from:
 * the question, hint and error a sentence at a time, each choice in one piece.
 */
export function questionSpeech<E>(question: SpokenQuestion<E>): Piece<E>[] {
  const texts = [question.question, question.hint, question.error].flatMap((part) => (part ? speechChunks(asSentence(part.text)).map((text) => ({ element: part.element, text })) : []));
  const choices = question.choices.flatMap((choice) => splitLong(spokenChoice(choice)).map((text) => ({ element: choice.element, text })));
  return [...texts, ...choices];
}
