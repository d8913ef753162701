/** CSS `unicode-range` text, both ways: "U+20-7E, U+A0" ⇄ code points. */

/** The ranges of a unicode-range as [from, to] pairs; "U+4??" wildcards allowed. */
export function parseUnicodeRanges(range: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of range.split(',')) {
    const match = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!match?.[1]) continue;
    const from = parseInt(match[1].replace(/\?/g, '0'), 16);
    const to = match[2] ? parseInt(match[2], 16) : parseInt(match[1].replace(/\?/g, 'F'), 16);
    out.push([from, to]);
  }
  return out;
}

/** Every code point of a unicode-range, in order. */
export function parseUnicodeRange(range: string): number[] {
  return parseUnicodeRanges(range).flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** Code points as unicode-range text, runs joined: "U+20-7E, U+A0, …". */
export function toUnicodeRange(points: readonly number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const from = (sorted[i] ?? 0).toString(16).toUpperCase();
    const to = (sorted[j] ?? 0).toString(16).toUpperCase();
    parts.push(i === j ? `U+${from}` : `U+${from}-${to}`);
    i = j + 1;
  }
  return parts.join(', ');
}
