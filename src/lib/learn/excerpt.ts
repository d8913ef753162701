/**
 * Pagefind's search excerpts are HTML: words that match are wrapped in <mark>, and the
 * rest is escaped text. This turns an excerpt into plain pieces (text, and marked
 * text) so the page can build DOM nodes itself and never inserts HTML from the index.
 */

/** A piece of an excerpt: plain text, or text to show highlighted. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references Pagefind writes (&amp; &lt; &#39; &#x27; …); unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into text and marked text. Every tag other than <mark> is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?[a-z][^>]*>)/iu)) {
    if (!token) continue;
    if (token.startsWith('<') && token.endsWith('>') && /^<\/?[a-z]/iu.test(token)) {
      if (/^<mark\b/iu.test(token)) mark = true;
      else if (/^<\/mark\b/iu.test(token)) mark = false;
      continue;
    }
    const text = decodeEntities(token);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
