import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultSettings, parseSettings, textSizes, themes } from '~/lib/settings';

const earlyScript = readFileSync(new URL('../../../src/scripts/early-settings.js', import.meta.url), 'utf8');

/** The arrays of allowed values written in the inline head script. */
function listsInEarlyScript(): string[][] {
  return [...earlyScript.matchAll(/\[((?:'[a-z-]+',?\s*)+)\]\.indexOf/g)].map((m) => (m[1] ?? '').split(',').map((s) => s.trim().replace(/'/g, '')));
}

describe('display settings', () => {
  test('the inline head script knows exactly the same themes and text sizes', () => {
    expect(listsInEarlyScript()).toEqual([[...themes], [...textSizes]]);
  });

  test('keeps known values and drops anything else', () => {
    expect(parseSettings('{"theme":"dark","textSize":"largest"}')).toEqual({ theme: 'dark', textSize: 'largest' });
    expect(parseSettings('{"theme":"purple","textSize":5,"__proto__":{"x":1}}')).toEqual(defaultSettings);
    expect(parseSettings('not json')).toEqual(defaultSettings);
    expect(parseSettings(null)).toEqual(defaultSettings);
  });
});

describe('display settings where the browser refuses storage', () => {
  test('loadSettings gives the defaults instead of throwing when reading localStorage throws', async () => {
    const { loadSettings } = await import('~/lib/settings');
    const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(loadSettings()).toEqual(defaultSettings);
    } finally {
      if (before) Object.defineProperty(globalThis, 'localStorage', before);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
