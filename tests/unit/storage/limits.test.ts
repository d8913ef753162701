/**
 * The checks that run on every read without valibot (`limits.ts`, `health.ts`) against the
 * schemas they stand for: the same answer for every input, generated (fast-check) and by hand.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { isSignature } from '~/lib/storage/limits';
import { SignatureSchema } from '~/lib/storage/schema';
import { markerFrom } from '~/lib/storage/health';

const drawn = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
const dates = ['2026-11-22T14:00:00.000Z', '2026-11-22', '2026-02-30T10:00:00Z', '2026-11-22T14:00', 'today', '', '2026-13-01', `2026-11-22T14:00:00.${'0'.repeat(30)}Z`];
const values = [drawn, 'data:image/png;base64,AAAA', 'data:image/gif;base64,AAAA', 'Ana López', 'x'.repeat(200), 'x'.repeat(201), '', 'data:image/svg+xml;base64,not base64!'];

/** Signatures right and nearly right: each part from good and bad examples, then maybe one part changed, dropped or added. */
const signatureLike = fc
  .tuple(
    fc.record({
      kind: fc.constantFrom('drawn', 'typed'),
      value: fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 250 })),
      signedAt: fc.oneof(fc.constantFrom(...dates), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    }),
    fc.constantFrom('kind', 'value', 'signedAt', 'extra'),
    fc.constantFrom('keep', 'keep', 'drop', 'change'),
    fc.anything(),
  )
  .map(([signature, key, how, other]) => {
    const out: Record<string, unknown> = { ...signature };
    if (how === 'drop') delete out[key];
    if (how === 'change') out[key] = other;
    return out;
  });

describe('isSignature is the SignatureSchema rule', () => {
  test('the same answer on generated signature-like values', () => {
    let signatures = 0;
    fc.assert(
      fc.property(fc.oneof(signatureLike, fc.anything()), (value) => {
        expect(isSignature(value)).toBe(v.is(SignatureSchema, value));
        if (isSignature(value)) signatures += 1;
      }),
      { numRuns: 5_000 },
    );
    // Both answers were met, not only "no".
    expect(signatures).toBeGreaterThan(20);
  });

  test('by hand: each rule', () => {
    const ok = { kind: 'drawn', value: drawn, signedAt: dates[0] };
    expect(isSignature(ok)).toBe(true);
    expect(isSignature({ kind: 'typed', value: 'Ana', signedAt: dates[1] })).toBe(true);
    for (const bad of [
      { ...ok, extra: 1 },
      { kind: ok.kind, value: ok.value },
      { ...ok, kind: 'typed', value: 'x'.repeat(201) },
      { ...ok, value: 'Ana' },
      { ...ok, signedAt: 'today' },
      { ...ok, signedAt: dates[7] },
      { ...ok, value: 'data:image/svg+xml;base64,' + 'A'.repeat(200_000) },
      [ok],
      null,
      'Ana',
    ]) {
      expect(isSignature(bad)).toBe(v.is(SignatureSchema, bad));
      expect(isSignature(bad)).toBe(false);
    }
  });
});

/** The marker's schema as it was (valibot), for comparison. */
const MarkerSchema = v.object({
  savedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  backupAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

describe('markerFrom is the marker schema it replaced', () => {
  test('the same answer and output on generated markers', () => {
    const time = fc.oneof(fc.date({ noInvalidDate: true, min: new Date('0001-01-01'), max: new Date('9999-12-31') }).map((d) => d.toISOString()), fc.constantFrom(...dates), fc.string(), fc.anything());
    const marker = fc.oneof(fc.record({ savedAt: time, backupAt: time, other: fc.anything() }, { requiredKeys: [] }), fc.anything());
    let good = 0;
    fc.assert(
      fc.property(marker, (raw) => {
        const parsed = v.safeParse(MarkerSchema, raw);
        if (parsed.success) good += 1;
        const mine = markerFrom(raw);
        expect(mine !== undefined).toBe(parsed.success);
        if (parsed.success && mine) {
          expect(mine.savedAt).toBe(parsed.output.savedAt);
          expect(mine.backupAt).toBe(parsed.output.backupAt);
        }
      }),
      { numRuns: 5_000 },
    );
    expect(good).toBeGreaterThan(20);
  });
});
