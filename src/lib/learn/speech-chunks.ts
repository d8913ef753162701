/**
 * Cutting text into pieces that speech synthesis reads well: one sentence at a time,
 * and never more than about 200 characters (Chrome stops one utterance after about
 * 15 seconds, and short pieces let the page highlight what is being read).
 * Pure functions, so they are unit tested.
 */

/** The longest piece, in characters. */
export const MAX_CHUNK_LENGTH = 200;

/** Collapses runs of white space (including new lines and no-break spaces) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Splits text into sentences. A sentence ends with . ! ? or … (and any closing quotes
 * or brackets) followed by a space; "1.5" and "I/DD" are not cut.
 */
export function splitSentences(text: string): string[] {
  const clean = normaliseSpace(text);
  if (!clean) return [];
  return clean
    .split(/(?<=[.!?…]+["'”’)\]]*)\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Where to cut a too-long sentence: after a comma or similar, else at a space, else anywhere. */
function cutPoint(text: string, max: number): number {
  const head = text.slice(0, max + 1);
  const punctuation = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '), head.lastIndexOf(' – '), head.lastIndexOf(' - '));
  if (punctuation >= max / 3) return punctuation + 1;
  const space = head.lastIndexOf(' ');
  if (space > 0) return space;
  return max;
}

/** Splits one sentence into pieces of at most `max` characters. */
export function splitLong(sentence: string, max = MAX_CHUNK_LENGTH): string[] {
  const pieces: string[] = [];
  let rest = normaliseSpace(sentence);
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Text → pieces to speak, in order: one sentence each, long sentences cut to `max` characters. */
export function speechChunks(text: string, max = MAX_CHUNK_LENGTH): string[] {
  return splitSentences(text).flatMap((sentence) => splitLong(sentence, max));
}
