/**
 * Drawn signatures as small SVG text. signature_pad's own SVG draws every segment as a
 * separate curve (about 30 KB per signature, measured); one path per stroke with whole
 * pixels is about a tenth of that and looks the same at the size it is shown and printed.
 * It is stored as text (a base64 data URL), never as a Blob: Safari's IndexedDB has
 * failed on Blobs.
 */

/** A point of a stroke in CSS pixels. */
export interface StrokePoint {
  x: number;
  y: number;
}

/** The `d` attribute for one stroke: a dot for a tap, else a line through its points. */
export function strokePath(points: readonly StrokePoint[]): string {
  const rounded = points.map((p) => [Math.round(p.x), Math.round(p.y)] as const);
  const first = rounded[0];
  if (!first) return '';
  const parts = [`M${first[0]} ${first[1]}`];
  let last = first;
  for (const point of rounded.slice(1)) {
    if (point[0] === last[0] && point[1] === last[1]) continue;
    parts.push(`L${point[0]} ${point[1]}`);
    last = point;
  }
  if (parts.length === 1) parts.push('l0 0');
  return parts.join('');
}

/** The SVG document for a signature of the given strokes on a width × height pad. */
export function signatureSvg(strokes: readonly (readonly StrokePoint[])[], width: number, height: number): string {
  const d = strokes.map(strokePath).filter(Boolean).join('');
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><path d="${d}" fill="none" stroke="#000" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

/** The signature as a `data:image/svg+xml;base64,…` URL. */
export function signatureDataUrl(strokes: readonly (readonly StrokePoint[])[], width: number, height: number): string {
  const svg = signatureSvg(strokes, width, height);
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
