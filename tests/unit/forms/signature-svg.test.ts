import { describe, expect, test } from 'vitest';
import { signatureDataUrl, signatureSvg, strokePath } from '~/lib/forms/signature-svg';
import { SignatureSchema } from '~/lib/storage/schema';
import * as v from 'valibot';

describe('drawn signatures as small SVG', () => {
  test('rounds points to whole pixels and skips repeats', () => {
    expect(strokePath([{ x: 1.4, y: 2.6 }, { x: 1.2, y: 3.1 }, { x: 10.5, y: 4 }])).toBe('M1 3L11 4');
  });

  test('a tap makes a dot, and an empty stroke makes nothing', () => {
    expect(strokePath([{ x: 5, y: 5 }])).toBe('M5 5l0 0');
    expect(strokePath([])).toBe('');
  });

  test('a realistic signature is a few kilobytes, and the stored answer passes the backup schema', () => {
    // Three strokes of 150 points each, like a name written across the pad.
    const strokes = [0, 1, 2].map((s) =>
      Array.from({ length: 150 }, (_, i) => ({ x: 20 + s * 120 + i * 0.8, y: 75 + Math.sin(i / 6) * 40 })),
    );
    const url = signatureDataUrl(strokes, 400, 150);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(url.length).toBeLessThan(6_000);
    const decoded = atob(url.slice('data:image/svg+xml;base64,'.length));
    expect(decoded).toBe(signatureSvg(strokes, 400, 150));
    const answer = { kind: 'drawn', value: url, signedAt: '2026-11-22T14:00:00.000Z' };
    expect(v.safeParse(SignatureSchema, answer).success).toBe(true);
  });
});
